//! Every address of the app, in one place: the [`Route`]s a link or a navigation goes to, the
//! route table the router matches, the typed parameters pages read, and the public URL the app
//! is served under (`/` or a sub-path such as `/support/`), which every address starts with.

use crate::domain::customer::OWN_ORGANIZATION_ID;
use crate::domain::service::ServiceFamily;
use crate::url_encoding::encode;
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route as RouteDef, Router, Routes};
use leptos_router::hooks::{use_navigate, use_params};
use leptos_router::params::Params;
use leptos_router::{path, NavigateOptions};
use std::cell::OnceCell;
use std::rc::Rc;

/// A page of the app, with its parameters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Customers,
    /// A customer's services and subscriptions (or, for `my-organization`, the partner's own).
    ServiceManagement {
        customer: &'a str,
    },
    CustomerRequests {
        customer: &'a str,
    },
    AzureRequest {
        customer: &'a str,
    },
    /// "Create service request" for Office 365, Dynamics CRM Online or EMS.
    NewServiceRequest {
        customer: &'a str,
        family: ServiceFamily,
    },
    ServiceRequests,
    RequestDetail {
        request: &'a str,
    },
    /// The confirmation of a request just created.
    RequestCreated {
        request: &'a str,
    },
    Help,
    Profile,
}

impl Route<'_> {
    /// The partner's own organization's service management.
    pub const OWN_ORGANIZATION: Route<'static> = Route::ServiceManagement {
        customer: OWN_ORGANIZATION_ID,
    };

    /// Where "Create or view service request" leads for a family: the Azure flow, or
    /// "Create service request" with the family's support topics.
    pub fn request_flow(customer: &str, family: ServiceFamily) -> Route<'_> {
        if family.uses_azure_flow() {
            Route::AzureRequest { customer }
        } else {
            Route::NewServiceRequest { customer, family }
        }
    }

    /// The address below the public URL, parameters percent-encoded: `/customers/c1/requests`.
    pub fn path(&self) -> String {
        match self {
            Route::Customers => "/customers".into(),
            Route::ServiceManagement { customer } => format!("/customers/{}", encode(customer)),
            Route::CustomerRequests { customer } => {
                format!("/customers/{}/requests", encode(customer))
            }
            Route::AzureRequest { customer } => {
                format!("/customers/{}/azure/new", encode(customer))
            }
            Route::NewServiceRequest { customer, family } => format!(
                "/customers/{}/services/{}/new",
                encode(customer),
                family.slug()
            ),
            Route::ServiceRequests => "/requests".into(),
            Route::RequestDetail { request } => format!("/requests/{}", encode(request)),
            Route::RequestCreated { request } => format!("/requests/{}/created", encode(request)),
            Route::Help => "/help".into(),
            Route::Profile => "/profile".into(),
        }
    }

    /// The address under `public_url`.
    pub fn href_in(&self, public_url: &str) -> String {
        join(public_url, &self.path())
    }

    /// The address as a link gives it: the public URL and the path.
    pub fn href(&self) -> String {
        self.href_in(&public_url())
    }

    /// The address with a query (`step=details`, `focus=note`), which must be encoded.
    pub fn href_with(&self, query: &str) -> String {
        if query.is_empty() {
            self.href()
        } else {
            format!("{}?{}", self.href(), query.trim_start_matches('?'))
        }
    }
}

/// Goes to addresses, for a page's handlers and effects: taken while the page is made
/// ([`use_navigator`]), as the router is found only then.
#[derive(Clone, Copy)]
pub struct Navigator(StoredValue<Rc<Navigate>, LocalStorage>);

/// The router's own `navigate`.
type Navigate = dyn Fn(&str, NavigateOptions);

/// The page's [`Navigator`].
pub fn use_navigator() -> Navigator {
    let navigate = use_navigate();
    Navigator(StoredValue::new_local(Rc::new(
        move |href: &str, options: NavigateOptions| navigate(href, options),
    )))
}

impl Navigator {
    /// Goes to `route` with `query` (`step=details`; may be empty); `replace`: without a new
    /// history entry.
    pub fn go(&self, route: Route<'_>, query: &str, replace: bool) {
        self.go_to(&route.href_with(query), replace);
    }

    /// Goes to `href`, an address made by this module.
    pub fn go_to(&self, href: &str, replace: bool) {
        self.navigate(href, replace, true);
    }

    /// Stays on the page with another query (`href`: the current path and the new query): no
    /// new history entry, no scrolling, as filters typed into a list.
    pub fn requery(&self, href: &str) {
        self.navigate(href, true, false);
    }

    fn navigate(&self, href: &str, replace: bool, scroll: bool) {
        let options = NavigateOptions {
            // The address already starts with the public URL: the router must not add it.
            resolve: false,
            replace,
            scroll,
            ..Default::default()
        };
        self.0.try_with_value(|navigate| navigate(href, options));
    }
}

/// A way to go to an address later, from outside the page (a send that finishes after the
/// partner left it): taken while the page is there.
pub fn navigator() -> impl Fn(&str) + Clone + 'static {
    let navigate = use_navigate();
    move |href: &str| {
        navigate(
            href,
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        )
    }
}

/// `public_url` (`/`, `/support/`) followed by `path` (`/customers`).
fn join(public_url: &str, path: &str) -> String {
    format!("{}{}", public_url.trim_end_matches('/'), path)
}

thread_local! {
    static PUBLIC_URL: OnceCell<String> = const { OnceCell::new() };
}

/// The public URL the app is served under, always ending in `/`: what the build put in
/// `<meta name="public-url">` (`make build PUBLIC_URL=/support/`), else `/`.
pub fn public_url() -> String {
    PUBLIC_URL.with(|cell| cell.get_or_init(read_public_url).clone())
}

fn read_public_url() -> String {
    let declared = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=public-url]").ok().flatten())
        .and_then(|meta| meta.get_attribute("content"));
    normalize_public_url(declared.as_deref().unwrap_or("/"))
}

/// `/`, or `/support/`: a leading and a trailing slash, nothing else from a full URL.
pub fn normalize_public_url(raw: &str) -> String {
    let raw = raw.trim();
    let path = match raw.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |i| &rest[i..]),
        None => raw,
    };
    let inner = path.trim_matches('/');
    if inner.is_empty() || inner == "." {
        "/".into()
    } else {
        format!("/{inner}/")
    }
}

/// A file published beside `index.html` (`config.json`), under the public URL.
pub fn asset(name: &str) -> String {
    format!("{}{}", public_url(), name.trim_start_matches('/'))
}

/// The views of the pages, for the route table.
#[derive(Clone, Copy)]
pub struct Screens {
    pub customers: fn() -> AnyView,
    pub service_management: fn() -> AnyView,
    pub customer_requests: fn() -> AnyView,
    pub azure_request: fn() -> AnyView,
    pub new_service_request: fn() -> AnyView,
    pub service_requests: fn() -> AnyView,
    pub request_detail: fn() -> AnyView,
    pub request_created: fn() -> AnyView,
    pub help: fn() -> AnyView,
    pub profile: fn() -> AnyView,
    pub not_found: fn() -> AnyView,
}

/// The router and its table: each address of [`Route`] and the screen it shows, under the
/// public URL. `frame` wraps every page (the layout).
#[component]
pub fn AppRouter(screens: Screens, frame: fn(Children) -> AnyView) -> impl IntoView {
    let base = public_url().trim_end_matches('/').to_owned();
    let not_found = screens.not_found;
    let home = Route::Customers.href();
    view! {
        <Router base>
            {frame(Box::new(move || view! {
                <Routes fallback=not_found>
                    <RouteDef path=path!("/") view=move || view! {
                        <Redirect path=home.clone() options=NavigateOptions { resolve: false, replace: true, ..Default::default() } />
                    } />
                    <RouteDef path=path!("/customers") view=screens.customers />
                    <RouteDef path=path!("/customers/:customer_id") view=screens.service_management />
                    <RouteDef path=path!("/customers/:customer_id/requests") view=screens.customer_requests />
                    <RouteDef path=path!("/customers/:customer_id/azure/new") view=screens.azure_request />
                    <RouteDef
                        path=path!("/customers/:customer_id/services/:family/new")
                        view=screens.new_service_request
                    />
                    <RouteDef path=path!("/requests") view=screens.service_requests />
                    <RouteDef path=path!("/requests/:request_id") view=screens.request_detail />
                    <RouteDef path=path!("/requests/:request_id/created") view=screens.request_created />
                    <RouteDef path=path!("/help") view=screens.help />
                    <RouteDef path=path!("/profile") view=screens.profile />
                </Routes>
            }.into_any()))}
        </Router>
    }
}

/// `/customers/:customer_id/...`.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct CustomerParams {
    pub customer_id: String,
}

/// `/customers/:customer_id/services/:family/new`.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct FamilyParams {
    pub customer_id: String,
    pub family: ServiceFamily,
}

/// `/requests/:request_id/...`.
#[derive(Params, Clone, Debug, PartialEq)]
pub struct RequestParams {
    pub request_id: String,
}

/// The parameters of the current address; `None` when they are missing or malformed (an
/// unknown service family), which the page shows as "not found".
pub fn use_route_params<T: Params + PartialEq + Clone + Send + Sync + 'static>() -> Memo<Option<T>>
{
    let params = use_params::<T>();
    Memo::new(move |_| params.get().ok())
}

/// The customer id of a customer's page.
pub fn use_customer_id() -> Memo<Option<String>> {
    let params = use_route_params::<CustomerParams>();
    Memo::new(move |_| params.get().map(|p| p.customer_id))
}

/// The request id of a request's page.
pub fn use_request_id() -> Memo<Option<String>> {
    let params = use_route_params::<RequestParams>();
    Memo::new(move |_| params.get().map(|p| p.request_id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_has_its_address_under_the_public_url() {
        let family = ServiceFamily::Office365;
        let cases = [
            (Route::Customers, "/customers"),
            (Route::ServiceManagement { customer: "c1" }, "/customers/c1"),
            (
                Route::CustomerRequests { customer: "c1" },
                "/customers/c1/requests",
            ),
            (
                Route::AzureRequest { customer: "c1" },
                "/customers/c1/azure/new",
            ),
            (
                Route::NewServiceRequest {
                    customer: "c1",
                    family,
                },
                "/customers/c1/services/office-365/new",
            ),
            (Route::ServiceRequests, "/requests"),
            (Route::RequestDetail { request: "6251" }, "/requests/6251"),
            (
                Route::RequestCreated { request: "6251" },
                "/requests/6251/created",
            ),
            (Route::Help, "/help"),
            (Route::Profile, "/profile"),
            (Route::OWN_ORGANIZATION, "/customers/my-organization"),
        ];
        for (route, path) in cases {
            assert_eq!(route.path(), path);
            assert_eq!(route.href_in("/"), path);
            assert_eq!(route.href_in("/support/"), format!("/support{path}"));
        }
    }

    #[test]
    fn request_links_lead_to_each_familys_flow() {
        assert_eq!(
            Route::request_flow("c1", ServiceFamily::Azure).path(),
            "/customers/c1/azure/new"
        );
        assert_eq!(
            Route::request_flow("c1", ServiceFamily::Office365).path(),
            "/customers/c1/services/office-365/new"
        );
        assert_eq!(
            Route::request_flow(OWN_ORGANIZATION_ID, ServiceFamily::EnterpriseMobilitySuite).path(),
            "/customers/my-organization/services/enterprise-mobility-suite/new"
        );
    }

    #[test]
    fn parameters_are_percent_encoded() {
        assert_eq!(
            Route::ServiceManagement {
                customer: "a/b c?d"
            }
            .path(),
            "/customers/a%2Fb%20c%3Fd"
        );
        assert_eq!(
            Route::RequestDetail { request: "../x" }.path(),
            "/requests/..%2Fx"
        );
    }

    #[test]
    fn the_public_url_is_a_path_with_slashes_around_it() {
        for (raw, normalized) in [
            ("", "/"),
            ("/", "/"),
            ("./", "/"),
            ("support", "/support/"),
            ("/support", "/support/"),
            ("/support/", "/support/"),
            (" /a/b/ ", "/a/b/"),
            ("https://intranet.example/support/", "/support/"),
            ("https://intranet.example", "/"),
        ] {
            assert_eq!(normalize_public_url(raw), normalized, "{raw:?}");
        }
    }
}
