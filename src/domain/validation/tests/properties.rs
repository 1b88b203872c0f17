//! Validators never panic, and surrounding whitespace never changes a verdict.

use super::azure_forms::{customer_party, now, valid_basics_form, valid_details_form};
use super::contact_form::valid_contact_form;
use super::*;
use crate::domain::customer::RequestParty;
use proptest::prelude::*;

/// The fields of each error, or `None` when valid: what must not change when input is padded.
fn verdict<T>(result: &Result<T, Vec<FieldError>>) -> Option<Vec<FieldError>> {
    result.as_ref().err().cloned()
}

fn pad(s: &str) -> String {
    format!(" \t{s} ")
}

/// Mostly plausible input, sometimes arbitrary text, sometimes blank or padded.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \t]{0,3}",
        "[a-zA-Z0-9@.+()\\- ]{0,20}",
        Just("technical".to_owned()),
        Just("billing".to_owned()),
        Just("virtual-machine-windows".to_owned()),
        Just("cannot-connect".to_owned()),
        Just("rdp".to_owned()),
        Just("credits".to_owned()),
        Just("cloud-solution-provider".to_owned()),
        Just("premier".to_owned()),
        Just("mpn-contract".to_owned()),
        Just("azure-support-plan".to_owned()),
        Just("42226ED6-070A-4E0F-B80C-4CDFB3E97AA7".to_owned()),
        Just("anna@mail.contoso.com".to_owned()),
        Just("anna@partner.example".to_owned()),
        Just("+49 30 1234567".to_owned()),
        Just("DEU".to_owned()),
        Just("ru-ru".to_owned()),
        Just("yes".to_owned()),
        Just("B".to_owned()),
        Just("2026-11-25T09:00".to_owned()),
        Just("2026-11-26T09:00".to_owned()),
        Just("1234567".to_owned()),
    ]
}

fn contact_form() -> impl Strategy<Value = ContactForm> {
    (text(), text(), text(), text(), text(), text(), text()).prop_map(|(a, b, c, d, e, f, g)| {
        ContactForm {
            first_name: a,
            last_name: b,
            email: c,
            phone: d,
            country: e,
            time_zone: f,
            support_language: g,
        }
    })
}

fn basics_form() -> impl Strategy<Value = AzureBasicsForm> {
    (text(), text(), text(), text(), text(), text(), text()).prop_map(|(a, b, c, d, e, f, g)| {
        AzureBasicsForm {
            issue_type: a,
            azure_subscription_id: b,
            service_id: c,
            problem_type: d,
            problem_subtype: e,
            support_plan: f,
            summary: g,
        }
    })
}

fn details_form() -> impl Strategy<Value = AzureDetailsForm> {
    (text(), text(), text(), text(), text()).prop_map(|(a, b, c, d, e)| AzureDetailsForm {
        description: a,
        problem_start: b,
        severity: c,
        advanced_diagnostic_consent: d,
        support_language: e,
    })
}

fn party() -> impl Strategy<Value = RequestParty> {
    prop_oneof![Just(customer_party()), Just(RequestParty::OwnOrganization)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn contact_padding_never_changes_the_verdict(form in contact_form(), domain in text()) {
        let domains = ["contoso.com", domain.as_str()];
        let padded = ContactForm {
            first_name: pad(&form.first_name),
            last_name: pad(&form.last_name),
            email: pad(&form.email),
            phone: pad(&form.phone),
            country: pad(&form.country),
            time_zone: pad(&form.time_zone),
            support_language: pad(&form.support_language),
        };
        let plain = validate_contact(&form, &domains);
        prop_assert_eq!(verdict(&plain), verdict(&validate_contact(&padded, &domains)));
        if let Ok(contact) = plain {
            prop_assert_eq!(contact.first_name.trim(), contact.first_name.as_str());
            let domain = contact.email.rsplit('@').next().unwrap_or_default();
            prop_assert!(!crate::domain::customer::domain_is_within(domain, "contoso.com"));
        }
    }

    #[test]
    fn one_padded_contact_field_never_changes_the_verdict(value in text(), which in 0usize..7) {
        let mut form = valid_contact_form();
        let mut padded = valid_contact_form();
        let set = |f: &mut ContactForm, v: String| match which {
            0 => f.first_name = v,
            1 => f.last_name = v,
            2 => f.email = v,
            3 => f.phone = v,
            4 => f.country = v,
            5 => f.time_zone = v,
            _ => f.support_language = v,
        };
        set(&mut form, value.clone());
        set(&mut padded, pad(&value));
        prop_assert_eq!(
            verdict(&validate_contact(&form, &["contoso.com"])),
            verdict(&validate_contact(&padded, &["contoso.com"]))
        );
    }

    #[test]
    fn details_padding_never_changes_the_verdict(title in text(), description in text(), severity in text()) {
        let form = DetailsForm { title, description, severity };
        let padded = DetailsForm {
            title: pad(&form.title),
            description: pad(&form.description),
            severity: pad(&form.severity),
        };
        prop_assert_eq!(verdict(&validate_details(&form)), verdict(&validate_details(&padded)));
        prop_assert_eq!(verdict(&validate_note(&form.title)), verdict(&validate_note(&pad(&form.title))));
    }

    #[test]
    fn azure_basics_padding_never_changes_the_verdict(form in basics_form(), party in party()) {
        let padded = AzureBasicsForm {
            issue_type: pad(&form.issue_type),
            azure_subscription_id: pad(&form.azure_subscription_id),
            service_id: pad(&form.service_id),
            problem_type: pad(&form.problem_type),
            problem_subtype: pad(&form.problem_subtype),
            support_plan: pad(&form.support_plan),
            summary: pad(&form.summary),
        };
        let plain = validate_azure_basics(&form, &party);
        let padded_result = validate_azure_basics(&padded, &party);
        prop_assert_eq!(verdict(&plain), verdict(&padded_result));
        if let (Ok(a), Ok(b)) = (plain, padded_result) {
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn one_padded_basics_field_never_changes_the_verdict(value in text(), which in 0usize..7, party in party()) {
        let set = |f: &mut AzureBasicsForm, v: String| match which {
            0 => f.issue_type = v,
            1 => f.azure_subscription_id = v,
            2 => f.service_id = v,
            3 => f.problem_type = v,
            4 => f.problem_subtype = v,
            5 => f.support_plan = v,
            _ => f.summary = v,
        };
        let (mut form, mut padded) = (valid_basics_form(), valid_basics_form());
        set(&mut form, value.clone());
        set(&mut padded, pad(&value));
        prop_assert_eq!(
            verdict(&validate_azure_basics(&form, &party)),
            verdict(&validate_azure_basics(&padded, &party))
        );
    }

    #[test]
    fn azure_details_padding_never_changes_the_verdict(form in details_form(), offset in -720i32..=840) {
        let padded = AzureDetailsForm {
            description: pad(&form.description),
            problem_start: pad(&form.problem_start),
            severity: pad(&form.severity),
            advanced_diagnostic_consent: pad(&form.advanced_diagnostic_consent),
            support_language: pad(&form.support_language),
        };
        prop_assert_eq!(
            verdict(&validate_azure_details(&form, now(), |_| offset)),
            verdict(&validate_azure_details(&padded, now(), |_| offset))
        );
    }

    #[test]
    fn one_padded_details_field_never_changes_the_verdict(value in text(), which in 0usize..5) {
        let set = |f: &mut AzureDetailsForm, v: String| match which {
            0 => f.description = v,
            1 => f.problem_start = v,
            2 => f.severity = v,
            3 => f.advanced_diagnostic_consent = v,
            _ => f.support_language = v,
        };
        let (mut form, mut padded) = (valid_details_form(), valid_details_form());
        set(&mut form, value.clone());
        set(&mut padded, pad(&value));
        prop_assert_eq!(
            verdict(&validate_azure_details(&form, now(), |_| 0)),
            verdict(&validate_azure_details(&padded, now(), |_| 0))
        );
    }

    #[test]
    fn own_plan_padding_never_changes_the_verdict(kind in text(), id in text()) {
        let form = OwnSupportPlanForm { kind, id };
        let padded = OwnSupportPlanForm { kind: pad(&form.kind), id: pad(&form.id) };
        let plain = validate_own_support_plan(&form);
        let padded_result = validate_own_support_plan(&padded);
        prop_assert_eq!(verdict(&plain), verdict(&padded_result));
        if let (Ok(a), Ok(b)) = (plain, padded_result) {
            prop_assert_eq!(a, b);
        }
    }

    #[test]
    fn standalone_validators_never_panic(s in any::<String>()) {
        let _ = validate_email(&s, &[s.as_str(), "contoso.com"]);
        let _ = validate_phone(&s);
        let _ = validate_severity(&s);
        let _ = normalize_guid(&s);
        let _ = validate_note(&s);
        prop_assert_eq!(validate_phone(&s).is_ok(), validate_phone(&pad(&s)).is_ok());
        prop_assert_eq!(validate_email(&s, &[]).is_ok(), validate_email(&pad(&s), &[]).is_ok());
        prop_assert_eq!(normalize_guid(&s), normalize_guid(&pad(&s)));
    }

    #[test]
    fn errors_are_reported_once_per_field(form in contact_form()) {
        if let Err(errors) = validate_contact(&form, &["contoso.com"]) {
            prop_assert!(!errors.is_empty());
            let mut fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
            let count = fields.len();
            fields.dedup();
            prop_assert_eq!(fields.len(), count);
        }
    }
}
