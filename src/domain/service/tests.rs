use super::*;

fn subscription(name: &str, status: SubscriptionStatus, family: ServiceFamily) -> Subscription {
    Subscription {
        id: format!("id-{name}"),
        offer_id: String::new(),
        offer_name: format!("offer {name}"),
        friendly_name: name.to_owned(),
        azure_subscription_id: None,
        status,
        is_trial: false,
        billing_type: None,
        family,
    }
}

#[test]
fn in_scope_families_in_order() {
    use ServiceFamily::*;
    assert_eq!(
        ServiceFamily::IN_SCOPE,
        [Azure, Office365, DynamicsCrmOnline, EnterpriseMobilitySuite]
    );
    assert!(ServiceFamily::IN_SCOPE.iter().all(|f| f.in_scope()));
    assert!(!OutOfScope.in_scope());
    assert!(Azure.uses_azure_flow());
    assert!(!Office365.uses_azure_flow());
    assert!(!EnterpriseMobilitySuite.uses_azure_flow());
}

#[test]
fn slugs_round_trip() {
    let slugs: Vec<&str> = ServiceFamily::ALL.iter().map(|f| f.slug()).collect();
    assert_eq!(
        slugs,
        [
            "azure",
            "office-365",
            "dynamics-crm-online",
            "enterprise-mobility-suite",
            "other"
        ]
    );
    for family in ServiceFamily::ALL {
        assert_eq!(ServiceFamily::from_slug(family.slug()), Some(family));
        assert!(!family.name().is_empty());
    }
    assert_eq!(
        ServiceFamily::from_slug(" Office-365 "),
        Some(ServiceFamily::Office365)
    );
    assert_eq!(ServiceFamily::from_slug("office365"), None);
    assert_eq!(ServiceFamily::from_slug(""), None);
}

#[test]
fn classifies_offer_names() {
    use ServiceFamily::*;
    let cases = [
        ("Microsoft Azure", Azure),
        ("Azure plan", Azure),
        ("AZURE RESERVED VM INSTANCES", Azure),
        ("Office 365 E3", Office365),
        ("Office 365 Business Premium", Office365),
        ("Microsoft 365 Business Standard", Office365),
        ("Exchange Online (Plan 1)", Office365),
        ("SharePoint Online (Plan 2)", Office365),
        ("Skype for Business Online (Plan 2)", Office365),
        ("Project Online Professional", Office365),
        ("OneDrive for Business (Plan 1)", Office365),
        ("Microsoft Teams Essentials", Office365),
        (
            "Microsoft Dynamics CRM Online Professional",
            DynamicsCrmOnline,
        ),
        ("Dynamics CRM Online Basic", DynamicsCrmOnline),
        ("Dynamics 365 for Sales", DynamicsCrmOnline),
        (
            "Dynamics 365 Customer Service Enterprise",
            DynamicsCrmOnline,
        ),
        ("Dynamics 365 Field Service", DynamicsCrmOnline),
        ("Enterprise Mobility Suite", EnterpriseMobilitySuite),
        ("Enterprise Mobility + Security E3", EnterpriseMobilitySuite),
        ("Microsoft Intune", EnterpriseMobilitySuite),
        ("Azure Active Directory Premium P1", EnterpriseMobilitySuite),
        ("Microsoft Entra ID P2", EnterpriseMobilitySuite),
        (
            "Azure Information Protection Premium P1",
            EnterpriseMobilitySuite,
        ),
        ("Windows 10 Enterprise E3", OutOfScope),
        ("Visual Studio Enterprise", OutOfScope),
        ("Power BI Pro", OutOfScope),
        ("Dynamics 365 Business Central Essentials", OutOfScope),
        ("Dynamics 365 Finance", OutOfScope),
        ("Systems E3 bundle", OutOfScope),
        ("Azurea Hosting", OutOfScope),
        ("", OutOfScope),
    ];
    for (offer, expected) in cases {
        assert_eq!(ServiceFamily::classify(offer), expected, "{offer}");
    }
}

#[test]
fn subscription_status_from_wire() {
    use SubscriptionStatus::*;
    assert_eq!(SubscriptionStatus::from_wire("active"), Active);
    assert_eq!(SubscriptionStatus::from_wire(" Active "), Active);
    assert_eq!(SubscriptionStatus::from_wire("SUSPENDED"), Suspended);
    assert_eq!(SubscriptionStatus::from_wire("pending"), Pending);
    assert_eq!(SubscriptionStatus::from_wire("deleted"), Deleted);
    assert_eq!(SubscriptionStatus::from_wire("none"), None);
    assert_eq!(SubscriptionStatus::from_wire("expired"), Unknown);
    assert_eq!(SubscriptionStatus::from_wire(""), Unknown);
    for status in [None, Active, Pending, Suspended, Deleted] {
        assert_eq!(SubscriptionStatus::from_wire(status.as_wire()), status);
    }
}

#[test]
fn groups_in_fixed_order_with_active_first() {
    use ServiceFamily::*;
    use SubscriptionStatus::*;
    let subscriptions = vec![
        subscription("Visual Studio", Active, OutOfScope),
        subscription("Zeta mail", Active, Office365),
        subscription("Intune", Active, EnterpriseMobilitySuite),
        subscription("alpha mail", Suspended, Office365),
        subscription("Beta mail", Active, Office365),
        subscription("Production", Active, Azure),
        subscription("Ärger mail", Active, Office365),
        subscription("Dev", Deleted, Azure),
    ];
    let groups = group_by_family(&subscriptions);
    let families: Vec<ServiceFamily> = groups.iter().map(|g| g.family).collect();
    assert_eq!(
        families,
        [Azure, Office365, EnterpriseMobilitySuite, OutOfScope]
    );
    let names = |family: ServiceFamily| -> Vec<&str> {
        groups
            .iter()
            .find(|g| g.family == family)
            .unwrap()
            .subscriptions
            .iter()
            .map(|s| s.friendly_name.as_str())
            .collect()
    };
    assert_eq!(names(Azure), ["Production", "Dev"]);
    assert_eq!(
        names(Office365),
        ["Ärger mail", "Beta mail", "Zeta mail", "alpha mail"]
    );
    assert_eq!(group_by_family(&[]), Vec::new());
}

#[test]
fn display_name_falls_back_to_offer() {
    let mut s = subscription("", SubscriptionStatus::Active, ServiceFamily::Azure);
    s.offer_name = " Azure plan ".to_owned();
    assert_eq!(s.display_name(), "Azure plan");
    s.friendly_name = "Prod".to_owned();
    assert_eq!(s.display_name(), "Prod");
}

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        #[test]
        fn classify_never_panics(s in any::<String>()) {
            let _ = ServiceFamily::classify(&s);
            let _ = SubscriptionStatus::from_wire(&s);
            let _ = ServiceFamily::from_slug(&s);
        }

        #[test]
        fn grouping_keeps_every_subscription(
            picks in proptest::collection::vec((0usize..5, any::<bool>(), "[a-zA-Zä ]{0,8}"), 0..30)
        ) {
            let subscriptions: Vec<Subscription> = picks
                .iter()
                .map(|(family, active, name)| {
                    let status = if *active { SubscriptionStatus::Active } else { SubscriptionStatus::Pending };
                    subscription(name, status, ServiceFamily::ALL[*family])
                })
                .collect();
            let groups = group_by_family(&subscriptions);
            let total: usize = groups.iter().map(|g| g.subscriptions.len()).sum();
            prop_assert_eq!(total, subscriptions.len());
            for group in &groups {
                prop_assert!(!group.subscriptions.is_empty());
                prop_assert!(group.subscriptions.iter().all(|s| s.family == group.family));
                let active: Vec<bool> = group.subscriptions.iter().map(|s| s.status == SubscriptionStatus::Active).collect();
                prop_assert!(active.windows(2).all(|w| w[0] || !w[1]));
            }
            prop_assert!(groups.windows(2).all(|w| w[0].family < w[1].family));
        }
    }
}
