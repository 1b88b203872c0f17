use super::*;
use crate::domain::contact::{ContactMethod, SupportLanguage};

pub(super) fn valid_contact_form() -> ContactForm {
    ContactForm {
        first_name: "Anna".to_owned(),
        last_name: "Schmidt".to_owned(),
        email: "anna@partner.example".to_owned(),
        phone: "+49 (30) 1234-5678".to_owned(),
        country: "deu".to_owned(),
        time_zone: "Europe/Berlin".to_owned(),
        support_language: "de-DE".to_owned(),
    }
}

const CUSTOMER_DOMAINS: [&str; 2] = ["contoso.onmicrosoft.com", "Contoso.com"];

fn email_error(email: &str) -> Option<Reason> {
    validate_email(email, &CUSTOMER_DOMAINS)
        .err()
        .map(|e| e.reason)
}

#[test]
fn a_complete_contact_is_typed() {
    let contact = validate_contact(&valid_contact_form(), &CUSTOMER_DOMAINS).unwrap();
    assert_eq!(contact.first_name, "Anna");
    assert_eq!(contact.email, "anna@partner.example");
    assert_eq!(contact.phone.as_deref(), Some("+49 (30) 1234-5678"));
    assert_eq!(contact.country, "DEU");
    assert_eq!(contact.time_zone, "Europe/Berlin");
    assert_eq!(contact.support_language, SupportLanguage::DeDe);
    assert_eq!(contact.preferred_contact_method, ContactMethod::Email);
}

#[test]
fn an_empty_form_reports_every_required_field() {
    let form = ContactForm {
        support_language: String::new(),
        ..ContactForm::default()
    };
    assert_eq!(
        reasons(validate_contact(&form, &[])),
        [
            (Field::FirstName, Reason::Missing),
            (Field::LastName, Reason::Missing),
            (Field::Email, Reason::Missing),
            (Field::Country, Reason::Missing),
            (Field::TimeZone, Reason::Missing),
            (Field::SupportLanguage, Reason::Missing),
        ]
    );
    assert_eq!(ContactForm::default().support_language, "en-us");
}

#[test]
fn names_are_capped_at_fifty_characters() {
    let form = ContactForm {
        first_name: "Ä".repeat(50),
        last_name: "B".repeat(51),
        ..valid_contact_form()
    };
    assert_eq!(
        reasons(validate_contact(&form, &[])),
        [(Field::LastName, Reason::TooLong { max: 50 })]
    );
}

#[test]
fn email_shape() {
    for ok in [
        "anna@partner.example",
        "  anna.schmidt+support@mail.partner.co.uk ",
        "a@b.c",
        "Anna@PARTNER.Example",
        "ännä@bücher.de",
    ] {
        assert_eq!(email_error(ok), None, "{ok}");
    }
    for bad in [
        "anna",
        "anna@",
        "@partner.example",
        "anna@partner",
        "anna@@partner.example",
        "anna@partner@example.com",
        "anna schmidt@partner.example",
        "anna@partner..example",
        "anna@.partner.example",
        "anna@partner.example.",
        "anna@partner .example",
    ] {
        assert_eq!(email_error(bad), Some(Reason::Malformed), "{bad}");
    }
    assert_eq!(email_error("   "), Some(Reason::Missing));
    let long = format!("{}@partner.example", "a".repeat(240));
    assert_eq!(email_error(&long), Some(Reason::TooLong { max: 254 }));
    let just_fits = format!(
        "{}@partner.example",
        "a".repeat(254 - "@partner.example".len())
    );
    assert_eq!(email_error(&just_fits), None);
}

#[test]
fn email_domain_is_lowercased() {
    assert_eq!(
        validate_email(" Anna.S@Partner.EXAMPLE ", &[]),
        Ok("Anna.S@partner.example".to_owned())
    );
}

#[test]
fn email_at_a_customer_domain_is_refused() {
    let at_customer = |domain: &str| {
        Some(Reason::EmailAtCustomerDomain {
            domain: domain.to_owned(),
        })
    };
    assert_eq!(email_error("admin@contoso.com"), at_customer("contoso.com"));
    assert_eq!(email_error("Admin@CONTOSO.COM"), at_customer("contoso.com"));
    assert_eq!(
        email_error("admin@Mail.Contoso.Com"),
        at_customer("contoso.com")
    );
    assert_eq!(
        email_error("admin@eu.mail.contoso.com"),
        at_customer("contoso.com")
    );
    assert_eq!(
        email_error("admin@contoso.onmicrosoft.com"),
        at_customer("contoso.onmicrosoft.com")
    );
    assert_eq!(
        email_error("admin@CONTOSO.onmicrosoft.COM"),
        at_customer("contoso.onmicrosoft.com")
    );
    // Look-alikes are someone else's.
    assert_eq!(email_error("admin@notcontoso.com"), None);
    assert_eq!(email_error("admin@contoso.com.partner.example"), None);
    assert_eq!(email_error("admin@onmicrosoft.com"), None);
    assert_eq!(email_error("admin@contoso.co"), None);
    // Customer domains given with spaces or a trailing dot still count.
    assert_eq!(
        validate_email("it@fabrikam.com", &[" Fabrikam.COM. "])
            .unwrap_err()
            .reason,
        Reason::EmailAtCustomerDomain {
            domain: "fabrikam.com".to_owned()
        }
    );
    // Blank customer domains match nothing.
    assert!(validate_email("it@fabrikam.com", &["", "  "]).is_ok());
    // Through the whole form as well.
    let form = ContactForm {
        email: "Anna@Mail.Contoso.com".to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        reasons(validate_contact(&form, &CUSTOMER_DOMAINS)),
        [(
            Field::Email,
            Reason::EmailAtCustomerDomain {
                domain: "contoso.com".to_owned()
            }
        )]
    );
    // The partner's own organization has no customer domains.
    assert!(validate_contact(&form, &[]).is_ok());
}

#[test]
fn phone_is_optional_and_liberal() {
    assert_eq!(validate_phone(""), Ok(None));
    assert_eq!(validate_phone("   "), Ok(None));
    for ok in [
        "+44 20 7946 0958",
        "(030) 123-4567",
        "030.123.4567",
        "1234567",
        "123456789012345",
        "+1-800-555-0100",
        "  +7 495 123 45 67  ",
    ] {
        assert_eq!(validate_phone(ok), Ok(Some(ok.trim().to_owned())), "{ok}");
    }
    for bad in [
        "123456",
        "1234567890123456",
        "12 34 56",
        "+44 20 7946 0958 ext 12",
        "44+ 20 7946 0958",
        "++44 20 7946 0958",
        "phone",
        "٠١٢٣٤٥٦٧٨",
    ] {
        assert_eq!(
            validate_phone(bad),
            Err(FieldError::new(Field::Phone, Reason::Malformed)),
            "{bad}"
        );
    }
}

#[test]
fn country_must_be_listed() {
    let with_country = |country: &str| ContactForm {
        country: country.to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        validate_contact(&with_country(" gbr "), &[])
            .unwrap()
            .country,
        "GBR"
    );
    assert_eq!(
        validate_contact(&with_country("Germany"), &[])
            .unwrap()
            .country,
        "DEU"
    );
    assert_eq!(
        validate_contact(&with_country("turkiye"), &[])
            .unwrap()
            .country,
        "TUR"
    );
    for bad in ["DE", "XYZ", "Atlantis"] {
        assert_eq!(
            reasons(validate_contact(&with_country(bad), &[])),
            [(Field::Country, Reason::Malformed)],
            "{bad}"
        );
    }
}

#[test]
fn time_zone_and_language() {
    let form = ContactForm {
        time_zone: "x".repeat(65),
        support_language: "klingon".to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        reasons(validate_contact(&form, &[])),
        [
            (Field::TimeZone, Reason::TooLong { max: 64 }),
            (Field::SupportLanguage, Reason::Malformed),
        ]
    );
    let form = ContactForm {
        support_language: " RU_ru ".to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        validate_contact(&form, &[]).unwrap().support_language,
        SupportLanguage::RuRu
    );
}

#[test]
fn time_zone_must_be_one_the_form_offers() {
    let form = ContactForm {
        time_zone: "Mars/Olympus_Mons".to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        reasons(validate_contact(&form, &[])),
        [(Field::TimeZone, Reason::Malformed)]
    );
    let form = ContactForm {
        time_zone: " europe/berlin ".to_owned(),
        ..valid_contact_form()
    };
    assert_eq!(
        validate_contact(&form, &[]).unwrap().time_zone,
        "Europe/Berlin"
    );
}
