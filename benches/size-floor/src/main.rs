//! A customer list loaded over HTTP, filtered as the partner types, on two pages: what every
//! first visit of the product needs from the framework, and nothing of the product itself.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
struct Customer {
    id: String,
    name: String,
    domain: String,
}

async fn load_customers() -> Result<Vec<Customer>, String> {
    let response = gloo_net::http::Request::get("/customers.json")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    let text = response.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

#[component]
fn Picker(customers: Vec<Customer>, on_pick: Callback<String>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let matches = move || {
        let query = query.get();
        customers
            .iter()
            .filter(|c| c.name.contains(&query))
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
    };
    view! {
        <label for="query">"Customer"</label>
        <input
            id="query"
            role="combobox"
            prop:value=move || query.get()
            on:input=move |e| query.set(event_target_value(&e))
            on:keydown=move |e| {
                if e.key() == "Enter" {
                    on_pick.run("/customers/1".into());
                }
            }
        />
        <ul role="listbox">
            <For
                each=matches
                key=|c| c.id.clone()
                children=|c| view! { <li role="option">{c.name} " " {c.domain}</li> }
            />
        </ul>
    }
}

#[component]
fn Customers(on_pick: Callback<String>) -> impl IntoView {
    let customers = LocalResource::new(load_customers);
    view! {
        <h1>"Customers"</h1>
        <Suspense fallback=|| view! { <p>"Loading"</p> }>
            {move || {
                customers
                    .get()
                    .map(|loaded| match loaded {
                        Ok(list) => view! { <Picker customers=list on_pick /> }.into_any(),
                        Err(error) => view! { <p>{error}</p> }.into_any(),
                    })
            }}
        </Suspense>
    }
}

#[component]
fn Customer() -> impl IntoView {
    view! { <p>"One customer"</p> }
}

#[cfg(feature = "router")]
#[component]
fn App() -> impl IntoView {
    use leptos_router::components::{Route, Router, Routes, A};
    use leptos_router::hooks::use_navigate;
    use leptos_router::path;

    #[component]
    fn CustomersRoute() -> impl IntoView {
        let navigate = use_navigate();
        let on_pick = Callback::new(move |href: String| navigate(&href, Default::default()));
        view! { <Customers on_pick /> }
    }

    view! {
        <Router>
            <nav>
                <A href="/customers">"Customers"</A>
            </nav>
            <main>
                <Routes fallback=|| "Not found">
                    <Route path=path!("/customers") view=CustomersRoute />
                    <Route path=path!("/customers/:id") view=Customer />
                </Routes>
            </main>
        </Router>
    }
}

#[cfg(not(feature = "router"))]
#[component]
fn App() -> impl IntoView {
    let page = RwSignal::new(String::from("/customers"));
    let on_pick = Callback::new(move |href: String| page.set(href));
    view! {
        <nav>
            <a href="/customers" on:click=move |e| {
                e.prevent_default();
                page.set("/customers".into());
            }>"Customers"</a>
        </nav>
        <main>
            {move || {
                if page.get() == "/customers" {
                    view! { <Customers on_pick /> }.into_any()
                } else {
                    view! { <Customer /> }.into_any()
                }
            }}
        </main>
    }
}

fn main() {
    leptos::mount::mount_to_body(App);
}
