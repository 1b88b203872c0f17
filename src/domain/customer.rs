//! Customers of the partner, and the partner's own organization.

use serde::{Deserialize, Serialize};

/// Which Partner Center a customer lives in. Microsoft Cloud Germany is a separate national
/// cloud: its customers, endpoints and data live apart from the global cloud.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Cloud {
    #[default]
    Global,
    Germany,
}

/// `relationshipToPartner` in Partner Center.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Relationship {
    #[default]
    Reseller,
    Advisor,
    None,
    /// A value this version does not know, kept as sent.
    Other(String),
}

/// A customer tenant the partner manages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// Partner Center customer id (equal to the tenant id for CSP customers).
    pub id: String,
    pub tenant_id: String,
    pub company_name: String,
    /// The customer's default domain, e.g. `contoso.onmicrosoft.com` or `contoso.com`.
    pub primary_domain: String,
    pub other_domains: Vec<String>,
    pub relationship: Relationship,
    pub cloud: Cloud,
    /// ISO 3166-1 alpha-2 country code, when known.
    pub country: Option<String>,
}

impl Relationship {
    /// Partner Center's `relationshipToPartner` (`reseller`, `advisor`, `none`), any case;
    /// anything else is kept as sent (trimmed) in `Other`.
    pub fn from_wire(s: &str) -> Relationship {
        let s = s.trim();
        match s.to_ascii_lowercase().as_str() {
            "reseller" => Relationship::Reseller,
            "advisor" => Relationship::Advisor,
            "none" => Relationship::None,
            _ => Relationship::Other(s.to_owned()),
        }
    }

    /// The wire word; `Other` gives back what was sent.
    pub fn as_wire(&self) -> &str {
        match self {
            Relationship::Reseller => "reseller",
            Relationship::Advisor => "advisor",
            Relationship::None => "none",
            Relationship::Other(s) => s,
        }
    }
}

impl Customer {
    /// The primary domain followed by the others.
    pub fn domains(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.primary_domain.as_str())
            .chain(self.other_domains.iter().map(String::as_str))
    }

    /// Whether `domain` is one of the customer's domains or a subdomain of one
    /// (`mail.contoso.com` for `contoso.com`); case, surrounding spaces and a trailing dot
    /// are ignored.
    pub fn owns_domain(&self, domain: &str) -> bool {
        self.matching_domain(domain).is_some()
    }

    /// The customer domain that `domain` is, or is a subdomain of, as the customer lists it.
    pub fn matching_domain(&self, domain: &str) -> Option<&str> {
        self.domains().find(|owned| domain_is_within(domain, owned))
    }
}

/// Whether `domain` equals `owned` or is a subdomain of it, ignoring case, surrounding spaces
/// and a trailing dot. An empty `owned` matches nothing.
pub fn domain_is_within(domain: &str, owned: &str) -> bool {
    let normalise = |d: &str| d.trim().trim_end_matches('.').to_lowercase();
    let (domain, owned) = (normalise(domain), normalise(owned));
    if owned.is_empty() {
        return false;
    }
    domain == owned
        || domain
            .strip_suffix(owned.as_str())
            .is_some_and(|prefix| prefix.len() > 1 && prefix.ends_with('.'))
}

/// Whom a service request is about: a customer (covered by the CSP support benefit) or the
/// partner's own organization (needs the partner's own support plan).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequestParty {
    Customer { customer_id: String },
    OwnOrganization,
}

/// The id used in URLs and storage for the partner's own organization.
pub const OWN_ORGANIZATION_ID: &str = "my-organization";

#[cfg(test)]
mod tests {
    use super::*;

    fn contoso() -> Customer {
        Customer {
            id: "c1".to_owned(),
            tenant_id: "c1".to_owned(),
            company_name: "Contoso".to_owned(),
            primary_domain: "contoso.onmicrosoft.com".to_owned(),
            other_domains: vec!["Contoso.com".to_owned(), " ".to_owned()],
            relationship: Relationship::Reseller,
            cloud: Cloud::Global,
            country: Some("US".to_owned()),
        }
    }

    #[test]
    fn relationship_from_wire() {
        assert_eq!(Relationship::from_wire("reseller"), Relationship::Reseller);
        assert_eq!(Relationship::from_wire(" Advisor "), Relationship::Advisor);
        assert_eq!(Relationship::from_wire("NONE"), Relationship::None);
        assert_eq!(
            Relationship::from_wire(" was_reseller "),
            Relationship::Other("was_reseller".to_owned())
        );
        for r in [
            Relationship::Reseller,
            Relationship::Advisor,
            Relationship::None,
        ] {
            assert_eq!(Relationship::from_wire(r.as_wire()), r);
        }
        assert_eq!(Relationship::Other("x".to_owned()).as_wire(), "x");
    }

    #[test]
    fn owns_its_domains_and_their_subdomains() {
        let c = contoso();
        assert_eq!(
            c.domains().collect::<Vec<_>>(),
            ["contoso.onmicrosoft.com", "Contoso.com", " "]
        );
        for domain in [
            "contoso.com",
            "CONTOSO.COM",
            " contoso.com ",
            "contoso.com.",
            "mail.contoso.com",
            "eu.Mail.Contoso.Com",
            "contoso.onmicrosoft.com",
        ] {
            assert!(c.owns_domain(domain), "{domain}");
        }
        for domain in [
            "notcontoso.com",
            "contoso.co",
            "contoso.com.evil.net",
            "onmicrosoft.com",
            "fabrikam.com",
            ".contoso.com",
            "",
            " ",
        ] {
            assert!(!c.owns_domain(domain), "{domain}");
        }
        assert_eq!(c.matching_domain("mail.contoso.com"), Some("Contoso.com"));
    }

    #[test]
    fn empty_owned_domain_matches_nothing() {
        assert!(!domain_is_within("contoso.com", ""));
        assert!(!domain_is_within("", ""));
        assert!(domain_is_within("a.b", "B"));
    }
}
