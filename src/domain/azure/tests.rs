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
        assert!(!service.name.is_empty());
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
    let names: Vec<&str> = azure_services().iter().map(|s| s.name).collect();
    for expected in [
        "Virtual Machine running Windows",
        "Virtual Machine running Linux",
        "App Service (Web Apps)",
        "Azure SQL Database",
        "Storage Account",
        "Virtual Network",
        "Azure Kubernetes Service (AKS)",
        "Azure Backup",
    ] {
        assert!(names.contains(&expected), "{expected}");
    }
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
    assert_eq!(
        found.subtype_name("rdp"),
        Some("Remote Desktop (RDP) connection fails")
    );
    assert_eq!(found.subtype_name("ssh"), None);
    assert!(find_problem_type(IssueType::Billing, None, "cannot-connect").is_none());
    assert!(find_problem_type(IssueType::Billing, None, "credits")
        .unwrap()
        .subtypes
        .is_empty());
}

#[test]
fn details_name_their_problem() {
    let details = AzureDetails {
        issue_type: IssueType::Technical,
        azure_subscription_id: "0f8fad5b-d9cb-469f-a165-70867728950e".to_owned(),
        service_id: "virtual-machine-linux".to_owned(),
        service_name: "Virtual Machine running Linux".to_owned(),
        problem_type: "cannot-connect".to_owned(),
        problem_subtype: "ssh".to_owned(),
        problem_start: None,
        advanced_diagnostic_consent: true,
        support_plan: SupportPlan::CloudSolutionProvider,
    };
    assert_eq!(details.problem_type_name(), "Cannot connect to my VM");
    assert_eq!(details.problem_subtype_name(), "SSH connection fails");
    let unknown = AzureDetails {
        problem_type: "gone".to_owned(),
        problem_subtype: "old".to_owned(),
        ..details
    };
    assert_eq!(unknown.problem_type_name(), "gone");
    assert_eq!(unknown.problem_subtype_name(), "old");
}
