use super::*;

mod azure_forms;
mod contact_form;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
mod request;

/// The fields and reasons of a failed validation, for compact assertions.
pub(super) fn reasons<T: std::fmt::Debug>(
    result: Result<T, Vec<FieldError>>,
) -> Vec<(Field, Reason)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.reason))
        .collect()
}

fn details(title: &str, description: &str, severity: &str) -> DetailsForm {
    DetailsForm {
        title: title.to_owned(),
        description: description.to_owned(),
        severity: severity.to_owned(),
    }
}

#[test]
fn details_are_trimmed_and_typed() {
    let ok = validate_details(&details(
        "  Mail stuck  ",
        "\n Outbound mail is queued.\n\nSince 9:00 ",
        "a",
    ))
    .unwrap();
    assert_eq!(ok.title, "Mail stuck");
    assert_eq!(ok.description, "Outbound mail is queued.\n\nSince 9:00");
    assert_eq!(ok.severity, Severity::Critical);
    assert_eq!(
        validate_details(&details("t", "d", " C "))
            .unwrap()
            .severity,
        Severity::Minimal
    );
    assert_eq!(
        validate_details(&details("t", "d", "moderate"))
            .unwrap()
            .severity,
        Severity::Moderate
    );
}

#[test]
fn details_report_every_error_in_form_order() {
    assert_eq!(
        reasons(validate_details(&DetailsForm::default())),
        [
            (Field::Title, Reason::Missing),
            (Field::Description, Reason::Missing),
            (Field::Severity, Reason::Missing),
        ]
    );
    assert_eq!(
        reasons(validate_details(&details(
            &"x".repeat(201),
            &"y".repeat(5001),
            "D"
        ))),
        [
            (Field::Title, Reason::TooLong { max: 200 }),
            (Field::Description, Reason::TooLong { max: 5000 }),
            (Field::Severity, Reason::Malformed),
        ]
    );
    assert_eq!(
        reasons(validate_details(&details("  \t ", "ok", "B"))),
        [(Field::Title, Reason::Missing)]
    );
}

#[test]
fn lengths_count_characters_not_bytes() {
    // 200 Cyrillic letters are 400 bytes but fit; 201 do not.
    assert!(validate_details(&details(&"ж".repeat(200), &"ü".repeat(5000), "A")).is_ok());
    assert_eq!(
        reasons(validate_details(&details(&"ж".repeat(201), "d", "A"))),
        [(Field::Title, Reason::TooLong { max: 200 })]
    );
}

#[test]
fn notes_are_required_and_capped() {
    assert_eq!(
        validate_note("  Customer confirmed the fix.  "),
        Ok("Customer confirmed the fix.".to_owned())
    );
    assert_eq!(
        reasons(validate_note(" \n ")),
        [(Field::Note, Reason::Missing)]
    );
    assert!(validate_note(&"n".repeat(2000)).is_ok());
    assert_eq!(
        reasons(validate_note(&"n".repeat(2001))),
        [(Field::Note, Reason::TooLong { max: 2000 })]
    );
}

#[test]
fn guids_are_normalised() {
    let expected = Some("0f8fad5b-d9cb-469f-a165-70867728950e".to_owned());
    for raw in [
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "0F8FAD5B-D9CB-469F-A165-70867728950E",
        "{0f8fad5b-d9cb-469f-a165-70867728950e}",
        "0f8fad5bd9cb469fa16570867728950e",
        " 0f8fad5b d9cb 469f a165 70867728950e ",
        "{0F8FAD5BD9CB469FA16570867728950E}",
    ] {
        assert_eq!(normalize_guid(raw), expected, "{raw}");
    }
    for raw in [
        "",
        "0f8fad5b-d9cb-469f-a165-70867728950",
        "0f8fad5b-d9cb-469f-a165-70867728950e0",
        "0f8fad5g-d9cb-469f-a165-70867728950e",
        "{0f8fad5b-d9cb-469f-a165-70867728950e",
        "(0f8fad5b-d9cb-469f-a165-70867728950e)",
        "０f8fad5b-d9cb-469f-a165-70867728950e",
    ] {
        assert_eq!(normalize_guid(raw), None, "{raw}");
    }
}

#[test]
fn field_ids_are_unique() {
    let mut ids: Vec<&str> = Field::ALL.iter().map(|f| f.id()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), Field::ALL.len());
}

#[test]
fn drafts_survive_storage_and_old_json() {
    let form = ContactForm {
        first_name: "Zoë".to_owned(),
        ..ContactForm::default()
    };
    let json = serde_json::to_string(&form).unwrap();
    assert_eq!(serde_json::from_str::<ContactForm>(&json).unwrap(), form);
    // A draft saved by an older version, with fields missing or unknown.
    let old: AzureDetailsForm =
        serde_json::from_str(r#"{"description":"VM down","retired_field":1}"#).unwrap();
    assert_eq!(old.description, "VM down");
    assert_eq!(old.severity, "");
    let empty: AzureBasicsForm = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, AzureBasicsForm::default());
    let plan: OwnSupportPlanForm = serde_json::from_str(r#"{"kind":"premier"}"#).unwrap();
    assert_eq!(plan.kind, "premier");
    let details: DetailsForm = serde_json::from_str(r#"{"title":"T"}"#).unwrap();
    assert_eq!(details.title, "T");
}
