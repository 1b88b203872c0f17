use super::*;

#[test]
fn slugs_round_trip() {
    for t in IssueType::ALL {
        assert_eq!(IssueType::from_slug(t.slug()), Some(t));
        assert_eq!(
            IssueType::from_slug(&format!(" {} ", t.slug().to_uppercase())),
            Some(t)
        );
    }
    for p in SupportPlan::ALL {
        assert_eq!(SupportPlan::from_slug(p.slug()), Some(p));
    }
    for k in OwnSupportPlanKind::ALL {
        assert_eq!(OwnSupportPlanKind::from_slug(k.slug()), Some(k));
    }
    assert_eq!(IssueType::from_slug(""), None);
    assert_eq!(SupportPlan::from_slug("csp"), None);
    assert_eq!(
        OwnSupportPlanKind::from_slug("cloud-solution-provider"),
        None
    );
    assert!(IssueType::Technical.needs_service());
    assert!(!IssueType::Billing.needs_service());
}

#[test]
fn catalogue_is_well_formed() {
    let services = azure_services();
    assert!(services.len() >= 8);
    let mut ids: Vec<&str> = services.iter().map(|s| s.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), services.len(), "service ids are unique");
    for service in services {
        assert!(
            (2..=4).contains(&service.problem_types.len()),
            "{}",
            service.id
        );
        assert_eq!(azure_service(service.id), Some(service));
        check_problem_types(service.problem_types);
        for p in service.problem_types {
            assert!(
                (2..=4).contains(&p.subtypes.len()),
                "{}/{}",
                service.id,
                p.id
            );
        }
    }
    for t in [
        IssueType::Billing,
        IssueType::SubscriptionManagement,
        IssueType::ServiceAndSubscriptionLimits,
    ] {
        let types = problem_types_for(t, None);
        assert!(!types.is_empty());
        assert_eq!(problem_types_for(t, Some("virtual-machine-windows")), types);
        check_problem_types(types);
    }
}

fn check_problem_types(types: &[ProblemType]) {
    let mut ids: Vec<&str> = types.iter().map(|p| p.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), types.len(), "problem type ids are unique");
    for p in types {
        let mut sub_ids: Vec<&str> = p.subtypes.iter().map(|s| s.0).collect();
        sub_ids.sort_unstable();
        sub_ids.dedup();
        assert_eq!(sub_ids.len(), p.subtypes.len(), "subtype ids are unique");
    }
}

#[test]
fn problem_types_for_technical_depend_on_the_service() {
    let ids: Vec<&str> = azure_services().iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "virtual-machine-windows",
            "virtual-machine-linux",
            "app-service-web-apps",
            "sql-database",
            "storage-account",
            "virtual-network",
            "kubernetes-service",
            "backup",
        ]
    );
    assert_eq!(
        azure_service("sql-database").map(|s| s.label),
        Some(CatalogLabel::SqlDatabase)
    );
    assert!(problem_types_for(IssueType::Technical, None).is_empty());
    assert!(problem_types_for(IssueType::Technical, Some("nope")).is_empty());
    let vm = problem_types_for(IssueType::Technical, Some("virtual-machine-windows"));
    assert!(vm.iter().any(|p| p.id == "cannot-connect"));
    let found = find_problem_type(
        IssueType::Technical,
        Some("virtual-machine-windows"),
        "cannot-connect",
    )
    .unwrap();
    assert_eq!(found.subtype_label("rdp"), Some(CatalogLabel::Rdp));
    assert_eq!(found.subtype_label("ssh"), None);
    assert!(find_problem_type(IssueType::Billing, None, "cannot-connect").is_none());
    assert!(find_problem_type(IssueType::Billing, None, "credits")
        .unwrap()
        .subtypes
        .is_empty());
}

#[test]
fn one_id_under_two_services_keeps_each_label() {
    let linux = find_problem_type(
        IssueType::Technical,
        Some("virtual-machine-linux"),
        "cannot-connect",
    );
    assert_eq!(
        linux.and_then(|p| p.subtype_label("password-reset")),
        Some(CatalogLabel::PasswordOrSshKeyReset)
    );
    let windows = find_problem_type(
        IssueType::Technical,
        Some("virtual-machine-windows"),
        "cannot-connect",
    );
    assert_eq!(
        windows.and_then(|p| p.subtype_label("password-reset")),
        Some(CatalogLabel::PasswordReset)
    );
    let performance = |service| {
        find_problem_type(IssueType::Technical, Some(service), "performance").map(|p| p.label)
    };
    assert_eq!(
        performance("virtual-machine-linux"),
        Some(CatalogLabel::VmPerformance)
    );
    assert_eq!(
        performance("sql-database"),
        Some(CatalogLabel::QueryPerformance)
    );
}
