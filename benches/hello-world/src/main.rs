//! Leptos 0.8's smallest app: one paragraph, mounted in the body.

use leptos::prelude::*;

fn main() {
    mount_to_body(|| view! { <p id="hello">"Hello, world!"</p> });
}
