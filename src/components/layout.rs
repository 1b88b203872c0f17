//! The frame around every page: top bar, navigation, main content and footer.

use crate::components::language_switcher::LanguageSwitcher;
use crate::components::retry_notice::RetryNotice;
use crate::components::update_notice::UpdateNotice;
use crate::i18n::use_strings;
use crate::routes::Route;
use crate::session::PartnerProfile;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let s = use_strings();
    let menu_open = RwSignal::new(false);
    let profile = PartnerProfile::expect();
    let partner_name = move || profile.name();

    view! {
        <a class="skip-link" href="#main">{s.app.skip_to_content}</a>
        <header class="topbar">
            <A href=Route::Customers.href() attr:class="topbar__product">{s.app.product_name}</A>
            {move || {
                let name = partner_name();
                (!name.is_empty())
                    .then(|| view! { <A href=Route::Profile.href() attr:class="topbar__partner">{name}</A> })
            }}
            <LanguageSwitcher />
            <button
                type="button"
                class="topbar__menu"
                aria-controls="main-nav"
                aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| menu_open.update(|open| *open = !*open)
            >
                {s.app.main_navigation}
            </button>
        </header>
        <UpdateNotice />
        <div class="frame">
            <nav
                id="main-nav"
                class="sidenav"
                class:sidenav--open=move || menu_open.get()
                aria-label=s.app.main_navigation
                // Following a link on a narrow screen closes the menu.
                on:click=move |_| menu_open.set(false)
            >
                <ul>
                    <li><A href=Route::Customers.href()>{s.app.nav_customers}</A></li>
                    <li><A href=Route::ServiceRequests.href()>{s.app.nav_service_requests}</A></li>
                    <li><A href=Route::Help.href()>{s.app.nav_help}</A></li>
                    <li><A href=Route::Profile.href()>{s.app.nav_profile}</A></li>
                </ul>
            </nav>
            <main id="main" class="content" tabindex="-1">
                {children()}
            </main>
        </div>
        <footer class="footer">
            <p>{s.app.footer_note}</p>
        </footer>
        <RetryNotice />
    }
}
