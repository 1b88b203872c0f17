//! The partner's world in plain Rust: customers, services, support topics, service requests,
//! severity and response times, contacts, validation and search. No browser types here, so all
//! of it compiles and is tested natively.

pub mod attachment;
pub mod azure;
pub mod contact;
pub mod customer;
pub mod search;
pub mod service;
pub mod service_request;
pub mod severity;
pub mod support_topic;
pub mod time;
pub mod validation;

pub use attachment::{validate_attachment, Attachment};
pub use azure::{
    azure_service, azure_services, find_problem_type, problem_types_for, AzureDetails,
    AzureService, IssueType, OwnSupportPlan, OwnSupportPlanKind, ProblemType, SupportPlan,
};
pub use contact::{countries, country_name, time_zones, Contact, ContactMethod, SupportLanguage};
pub use customer::{Cloud, Customer, Relationship, RequestParty};
pub use search::{fold, CustomerIndex, SearchResult};
pub use service::{group_by_family, ServiceFamily, ServiceGroup, Subscription, SubscriptionStatus};
pub use service_request::{
    changes_since_filed, AnswerChange, NewServiceRequest, Note, PrimaryContact, RequestStatus,
    ServiceRequest,
};
pub use severity::{
    first_response_due, first_response_target, targets_hold_for_language, BusinessHours,
    IncidentKind, ResponseTarget, Severity,
};
pub use support_topic::{SupportTopic, TopicCatalogue};
pub use time::{parse_local_datetime, CivilDateTime, TimeParseError, Timestamp, Weekday};
pub use validation::{Field, FieldError, Reason};
