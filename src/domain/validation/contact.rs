//! The partner's own contact details.

use super::{
    keep, required_text, Field, FieldError, Reason, EMAIL_MAX, NAME_MAX, PHONE_DIGITS_MAX,
    PHONE_DIGITS_MIN, TIME_ZONE_MAX,
};
use crate::domain::contact::{
    countries, country_name, time_zones, Contact, ContactMethod, SupportLanguage,
};
use crate::domain::customer::domain_is_within;
use crate::domain::search::fold;
use serde::{Deserialize, Serialize};

/// The contact step as typed. `country` is an ISO 3166-1 alpha-3 code, `support_language` a
/// code such as `en-us`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContactForm {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone: String,
    pub country: String,
    pub time_zone: String,
    pub support_language: String,
}

impl Default for ContactForm {
    /// Empty, except English as the support language (the one with round-the-clock targets).
    fn default() -> Self {
        ContactForm {
            first_name: String::new(),
            last_name: String::new(),
            email: String::new(),
            phone: String::new(),
            country: String::new(),
            time_zone: String::new(),
            support_language: SupportLanguage::EnUs.code().to_owned(),
        }
    }
}

/// Validates the partner's contact details. `customer_domains` are the domains of the customer
/// the request is for (empty for the partner's own organization): an address at one of them,
/// or at a subdomain, is the customer's, not the partner's.
pub fn validate_contact(
    form: &ContactForm,
    customer_domains: &[&str],
) -> Result<Contact, Vec<FieldError>> {
    let mut errors = Vec::new();
    let first_name = keep(
        &mut errors,
        required_text(&form.first_name, Field::FirstName, NAME_MAX),
    );
    let last_name = keep(
        &mut errors,
        required_text(&form.last_name, Field::LastName, NAME_MAX),
    );
    let email = keep(&mut errors, validate_email(&form.email, customer_domains));
    let phone = keep(&mut errors, validate_phone(&form.phone));
    let country = keep(&mut errors, validate_country(&form.country));
    let time_zone = keep(&mut errors, validate_time_zone(&form.time_zone));
    let support_language = keep(
        &mut errors,
        validate_support_language(&form.support_language),
    );
    match (
        first_name,
        last_name,
        email,
        phone,
        country,
        time_zone,
        support_language,
    ) {
        (
            Some(first_name),
            Some(last_name),
            Some(email),
            Some(phone),
            Some(country),
            Some(time_zone),
            Some(support_language),
        ) if errors.is_empty() => Ok(Contact {
            first_name,
            last_name,
            email,
            phone,
            country,
            time_zone,
            support_language,
            preferred_contact_method: ContactMethod::Email,
        }),
        _ => Err(errors),
    }
}

/// A pragmatic e-mail check: one `@`, something before it, a domain with a dot and no empty
/// labels, no spaces, at most [`EMAIL_MAX`] characters; and not at a customer domain. The
/// result has its domain in lowercase.
pub fn validate_email(raw: &str, customer_domains: &[&str]) -> Result<String, FieldError> {
    let error = |reason| FieldError::new(Field::Email, reason);
    let email = raw.trim();
    if email.is_empty() {
        return Err(error(Reason::Missing));
    }
    if email.chars().count() > EMAIL_MAX {
        return Err(error(Reason::TooLong { max: EMAIL_MAX }));
    }
    let (local, domain) = email.split_once('@').ok_or(error(Reason::Malformed))?;
    let well_formed = !local.is_empty()
        && !domain.contains('@')
        && !email.chars().any(char::is_whitespace)
        && domain.contains('.')
        && domain.split('.').all(|label| !label.is_empty());
    if !well_formed {
        return Err(error(Reason::Malformed));
    }
    let domain = domain.to_lowercase();
    if let Some(owned) = customer_domains
        .iter()
        .find(|owned| domain_is_within(&domain, owned))
    {
        let owned = owned.trim().trim_end_matches('.').to_lowercase();
        return Err(error(Reason::EmailAtCustomerDomain { domain: owned }));
    }
    Ok(format!("{local}@{domain}"))
}

/// An optional phone number: digits with spaces, dashes, dots, parentheses and a leading `+`,
/// 7 to 15 digits in all. Kept as typed (trimmed); empty gives `None`.
pub fn validate_phone(raw: &str) -> Result<Option<String>, FieldError> {
    let phone = raw.trim();
    if phone.is_empty() {
        return Ok(None);
    }
    let mut digits = 0usize;
    for (i, c) in phone.char_indices() {
        match c {
            '0'..='9' => digits += 1,
            '+' if i == 0 => {}
            '-' | '.' | '(' | ')' => {}
            c if c.is_whitespace() => {}
            _ => return Err(FieldError::new(Field::Phone, Reason::Malformed)),
        }
    }
    if (PHONE_DIGITS_MIN..=PHONE_DIGITS_MAX).contains(&digits) {
        Ok(Some(phone.to_owned()))
    } else {
        Err(FieldError::new(Field::Phone, Reason::Malformed))
    }
}

/// An alpha-3 code from [`countries`] in any case, or a listed country's English name.
/// One of the IANA zones the form offers, any case; given back as the list spells it.
fn validate_time_zone(raw: &str) -> Result<String, FieldError> {
    let zone = required_text(raw, Field::TimeZone, TIME_ZONE_MAX)?;
    time_zones()
        .iter()
        .find(|z| z.eq_ignore_ascii_case(&zone))
        .map(|z| (*z).to_owned())
        .ok_or(FieldError::new(Field::TimeZone, Reason::Malformed))
}

fn validate_country(raw: &str) -> Result<String, FieldError> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Err(FieldError::new(Field::Country, Reason::Missing));
    }
    if country_name(raw).is_some() {
        return Ok(raw.to_ascii_uppercase());
    }
    let folded = fold(raw);
    countries()
        .iter()
        .find(|(_, name)| fold(name) == folded)
        .map(|(code, _)| (*code).to_owned())
        .ok_or(FieldError::new(Field::Country, Reason::Malformed))
}

pub(super) fn validate_support_language(raw: &str) -> Result<SupportLanguage, FieldError> {
    if raw.trim().is_empty() {
        return Err(FieldError::new(Field::SupportLanguage, Reason::Missing));
    }
    SupportLanguage::from_code(raw)
        .ok_or(FieldError::new(Field::SupportLanguage, Reason::Malformed))
}
