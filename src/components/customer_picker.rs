//! The customer picker: a WAI-ARIA combobox (an input with a listbox popup) over an in-memory
//! [`CustomerIndex`], so typing stays within a frame even with 10,000 customers.
//!
//! Keys, with focus always in the input:
//! - ArrowDown / ArrowUp open the list and move the highlight; they **wrap** from the last
//!   option to the first and back. Alt+ArrowDown opens the list without moving, Alt+ArrowUp
//!   closes it.
//! - Enter opens the highlighted option, or the only one when exactly one is listed.
//! - Escape closes the list; a second Escape clears the input.
//! - Home / End stay with the text (they move the caret), as in any text input.
//!
//! Only the first [`WINDOW`] matches are rendered; every option carries `aria-setsize` and
//! `aria-posinset`, and a line outside the listbox says how many more there are. An option
//! belongs to its place in the list: typing rewrites what the listed options say rather than
//! building new ones.
//!
//! The field takes typing before the customers are there (the status line says they are
//! loading; the partner's own organization is already listed), and, on the customers page,
//! takes over what was typed into the static shell's field before the app started.

use crate::domain::customer::{Cloud, Customer, OWN_ORGANIZATION_ID};
use crate::domain::search::{fold, CustomerIndex};
use crate::i18n::{use_strings, CustomerStrings};
use leptos::prelude::*;
use std::sync::Arc;

/// How many matching customers are rendered at most.
pub const WINDOW: usize = 50;

/// The customers and their search index, once loaded; one load equals itself only.
#[derive(Clone)]
struct Indexed {
    customers: Arc<Vec<Customer>>,
    index: Arc<CustomerIndex>,
}

impl PartialEq for Indexed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.customers, &other.customers)
    }
}

/// How reading the customers goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reading {
    /// Pages are arriving (again, after "Try again").
    #[default]
    Going,
    /// A page failed: the picker has the customers read before it.
    Stopped,
    Done,
}

/// How many customers have arrived while they load (`None` before the first page), of how
/// many when the service says, and how the reading goes.
#[derive(Clone, Copy)]
pub struct Arrived {
    pub so_far: RwSignal<Option<usize>>,
    pub total: RwSignal<Option<usize>>,
    pub reading: RwSignal<Reading>,
}

/// One entry of the listbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    /// The partner's own organization, listed first when the query is empty or names it.
    OwnOrganization,
    /// A customer, by position in the list the picker was given.
    Customer(usize),
}

/// What one part of a customer's option says (its texts in `CustomerStrings`).
type OfCustomer = for<'a> fn(&'a Customer, &'static CustomerStrings) -> &'a str;

/// The DOM id of the option listed at `position` (from 0).
fn option_id(base: &str, position: usize) -> String {
    format!("{base}-option-{position}")
}

/// Whether `query` names the partner's own organization: empty, or every word of it starts a
/// word of `label` (case and accents ignored), or it starts the id `my-organization`.
fn own_organization_matches(query: &str, label: &str) -> bool {
    let query = fold(query);
    let query = query.trim();
    if query.is_empty() || OWN_ORGANIZATION_ID.starts_with(query) {
        return true;
    }
    let label = fold(label);
    let label_words: Vec<&str> = label.split(|c: char| !c.is_alphanumeric()).collect();
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|word| label_words.iter().any(|l| l.starts_with(word)))
}

/// The highlight after one ArrowDown (`down`) or ArrowUp among `count` options, wrapping.
fn step(current: Option<usize>, count: usize, down: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, down) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    })
}

/// A combobox to find one customer by name, domain or tenant id. `on_pick` gets the picked
/// customer's id, or [`OWN_ORGANIZATION_ID`] for the partner's own organization.
#[component]
pub fn CustomerPicker(
    /// Every customer of the partner, `None` while they load; the search index is built from
    /// them once.
    #[prop(into)]
    customers: Signal<Option<Arc<Vec<Customer>>>>,
    /// While they load: how many have arrived so far.
    #[prop(optional)]
    arrived: Option<Arrived>,
    #[prop(into)] on_pick: Callback<String>,
    /// Prefix of the element ids, so that ids stay unique if a page has two pickers.
    #[prop(default = "customer-picker")]
    id: &'static str,
) -> impl IntoView {
    let s = &use_strings().customers;
    let indexed = Memo::new(move |_| {
        customers.get().map(|customers| Indexed {
            index: Arc::new(CustomerIndex::new(&customers)),
            customers,
        })
    });
    // What one part of the customer at `position` says, once the customers are there.
    let of_customer = move |position: usize, part: OfCustomer| {
        indexed.with(|i| Some(part(i.as_ref()?.customers.get(position)?, s).to_owned()))
    };

    let input_id = format!("{id}-input");
    let hint_id = format!("{id}-hint");
    let listbox_id = format!("{id}-listbox");

    // What was typed into the static shell's field, on the page whose field that was.
    let typed = (input_id == crate::shell::SEARCH_FIELD_ID)
        .then(crate::shell::take_typed)
        .flatten()
        .unwrap_or_default();
    let query = RwSignal::new(typed.text.clone());
    let open = RwSignal::new(typed.focused && !typed.text.is_empty());
    let active = RwSignal::new(None::<usize>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    if typed.focused {
        // The partner was typing in the shell's field: carry on in this one, caret at the end.
        Effect::new(move |_| {
            if let Some(input) = input_ref.get() {
                let _ = input.focus();
                let end = js_sys::JsString::from(input.value()).length();
                let _ = input.set_selection_range(end, end);
            }
        });
    }

    let result = Memo::new(move |_| {
        indexed.with(|indexed| {
            indexed
                .as_ref()
                .map(|i| query.with(|q| i.index.search(q, WINDOW)))
                .unwrap_or_default()
        })
    });
    let own_listed =
        Memo::new(move |_| query.with(|q| own_organization_matches(q, s.own_organization_option)));
    let options = Memo::new(move |_| {
        let mut options = Vec::with_capacity(WINDOW + 1);
        if own_listed.get() {
            options.push(Choice::OwnOrganization);
        }
        result.with(|r| options.extend(r.positions.iter().map(|&p| Choice::Customer(p))));
        options
    });
    let set_size = Memo::new(move |_| result.with(|r| r.total) + usize::from(own_listed.get()));
    let expanded = Memo::new(move |_| open.get() && !options.with(Vec::is_empty));

    let pick = move |choice: &Choice| {
        let picked = match choice {
            Choice::OwnOrganization => Some(OWN_ORGANIZATION_ID.to_owned()),
            Choice::Customer(position) => untrack(|| of_customer(*position, |c, _| &c.id)),
        };
        if let Some(customer_id) = picked {
            open.set(false);
            active.set(None);
            // Let the picker finish updating before `on_pick` may navigate away and dispose it.
            // `on_pick` belongs to the picker's parent, alive as long as the picker is.
            let still_mounted = move || !open.is_disposed();
            set_timeout(
                move || {
                    if still_mounted() {
                        on_pick.run(customer_id);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    };

    // Leaving the input closes the list. Chromium also fires `blur` when the input is removed
    // (navigating away), when the picker is being disposed: wait, and skip it if it is gone.
    let close_later = move || {
        set_timeout(
            move || {
                if !open.is_disposed() {
                    open.set(false);
                    active.set(None);
                }
            },
            std::time::Duration::ZERO,
        );
    };

    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.is_composing() {
            // The key belongs to an input method (Japanese, Chinese, ...), not to the list.
            return;
        }
        let count = options.with_untracked(Vec::len);
        match ev.key().as_str() {
            key @ ("ArrowDown" | "ArrowUp") => {
                ev.prevent_default();
                let down = key == "ArrowDown";
                if ev.alt_key() {
                    open.set(down);
                    if !down {
                        active.set(None);
                    }
                } else if expanded.get_untracked() {
                    active.update(|a| *a = step(*a, count, down));
                } else {
                    open.set(true);
                    active.set(step(None, count, down));
                }
            }
            "Enter" if expanded.get_untracked() => {
                let chosen = match active.get_untracked() {
                    Some(i) => options.with_untracked(|o| o.get(i).cloned()),
                    None if count == 1 => options.with_untracked(|o| o.first().cloned()),
                    None => None,
                };
                if let Some(choice) = chosen {
                    ev.prevent_default();
                    pick(&choice);
                }
            }
            "Escape" => {
                if expanded.get_untracked() {
                    ev.prevent_default();
                    open.set(false);
                    active.set(None);
                } else if !query.with_untracked(String::is_empty) {
                    ev.prevent_default();
                    query.set(String::new());
                    active.set(None);
                }
            }
            _ => {}
        }
    };

    // Keep the highlighted option visible inside the scrolling listbox.
    let listbox_ref = NodeRef::<leptos::html::Ul>::new();
    Effect::new(move |_| {
        let (Some(i), Some(listbox)) = (active.get(), listbox_ref.get()) else {
            return;
        };
        let Some(option) = crate::browser::element_by_id(&option_id(id, i)) else {
            return;
        };
        let (top, height) = (option.offset_top(), option.offset_height());
        let (scroll, visible) = (listbox.scroll_top(), listbox.client_height());
        if top < scroll {
            listbox.set_scroll_top(top);
        } else if top + height > scroll + visible {
            listbox.set_scroll_top(top + height - visible);
        }
    });

    let status = move || {
        let listing = open.get() && !options.with(Vec::is_empty);
        let reading = match arrived {
            Some(arrived) => arrived.reading.get(),
            None if indexed.with(Option::is_none) => Reading::Going,
            None => Reading::Done,
        };
        let counts = |a: Arrived| (a.so_far.get().unwrap_or_default(), a.total.get());
        match (arrived, reading) {
            // What the list holds, once there is something to search.
            _ if listing && indexed.with(Option::is_some) => {
                (s.customers_match)(result.with(|r| r.total))
            }
            (Some(a), Reading::Stopped) => {
                let (so_far, total) = counts(a);
                (s.customers_read_in_part)(so_far, total)
            }
            (Some(a), Reading::Going) if a.so_far.get().is_some_and(|n| n > 0) => {
                let (so_far, total) = counts(a);
                (s.loading_customers_so_far)(so_far, total)
            }
            (_, Reading::Going) => s.loading_customers.to_owned(),
            _ if !open.get() => String::new(),
            _ => query.with(|q| (s.no_match)(q.trim())),
        }
    };
    let more = move || {
        let (shown, total) = result.with(|r| (r.positions.len(), r.total));
        (expanded.get() && total > shown).then(|| (s.showing_window)(shown, total))
    };

    // One row per place in the list, kept while the list is at least that long: typing changes
    // what the rows say, in place, instead of building new ones.
    let row = move |(dom_id, position): (String, usize)| {
        let choice = move || options.with(|o| o.get(position).copied());
        // One part of what the row says: of a customer, or `own` for the own organization.
        // Every part goes through this one closure, the class too: one closure type keeps the
        // rendering code generated for it once.
        let says = move |part: OfCustomer, own: &'static str| {
            move || match choice() {
                Some(Choice::OwnOrganization) => own.to_owned(),
                // Tracked: a new list of customers may put others at the same positions.
                Some(Choice::Customer(p)) => of_customer(p, part).unwrap_or_default(),
                None => String::new(),
            }
        };
        let germany = |c: &Customer, s: &'static CustomerStrings| match c.cloud {
            Cloud::Germany => s.cloud_germany,
            _ => "",
        };
        view! {
            <li
                id=dom_id
                role="option"
                class=says(|_, _| "picker__option", "picker__option picker__option--own")
                aria-selected=move || (active.get() == Some(position)).to_string()
                aria-setsize=move || set_size.get()
                aria-posinset=position + 1
                on:click=move |_| {
                    if let Some(choice) = untrack(choice) {
                        pick(&choice);
                    }
                }
            >
                <span class="picker__name">
                    {says(|c, _| &c.company_name, s.own_organization_option)}
                </span>
                <span class="picker__meta">
                    {says(|c, _| &c.primary_domain, s.own_organization_meta)}
                    " "
                    // Empty, and so not shown, unless the customer is in Microsoft Cloud Germany.
                    <span class="badge badge--info">{says(germany, "")}</span>
                </span>
            </li>
        }
    };

    view! {
        <div class="picker">
            <label class="label" for=input_id.clone()>{s.picker_label}</label>
            <p class="hint" id=hint_id.clone()>{s.picker_hint}</p>
            <input
                id=input_id
                node_ref=input_ref
                type="text"
                role="combobox"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                aria-autocomplete="list"
                aria-controls=listbox_id.clone()
                aria-describedby=hint_id
                aria-expanded=move || expanded.get().to_string()
                aria-activedescendant=move || {
                    active.get().filter(|_| expanded.get()).map(|i| option_id(id, i))
                }
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    active.set(None);
                    open.set(true);
                }
                on:keydown=on_keydown
                on:click=move |_| open.set(true)
                on:blur=move |_| close_later()
            />
            <p class="status-line picker__status" role="status">{status}</p>
            <ul
                id=listbox_id
                node_ref=listbox_ref
                role="listbox"
                class="picker__listbox"
                aria-label=s.picker_listbox_label
                hidden=move || !expanded.get()
                // Keep focus in the input: a click on an option alone picks, and a press on
                // the list around the options (its scroll bar) does not close it.
                on:mousedown=|ev| ev.prevent_default()
            >
                <For
                    // Rendered only while open: the page starts without 50 hidden options.
                    each=move || {
                        let listed = if expanded.get() { options.with(Vec::len) } else { 0 };
                        (0..listed).map(|position| (option_id(id, position), position))
                    }
                    key=|(dom_id, _)| dom_id.clone()
                    children=row
                />
            </ul>
            {move || more().map(|line| view! { <p class="picker__more">{line}</p> })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_organization_is_listed_for_empty_or_matching_queries() {
        let label = "My organization: own subscriptions";
        for query in [
            "",
            "  ",
            "my",
            "MY ORG",
            "own",
            "own subs",
            "my-org",
            "Organizátion",
        ] {
            assert!(own_organization_matches(query, label), "{query:?}");
        }
        for query in ["contoso", "org x", "ganization"] {
            assert!(!own_organization_matches(query, label), "{query:?}");
        }
    }

    #[test]
    fn arrows_wrap_around() {
        assert_eq!(step(None, 0, true), None);
        assert_eq!(step(None, 3, true), Some(0));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(Some(2), 3, true), Some(0));
        assert_eq!(step(Some(0), 3, false), Some(2));
        assert_eq!(step(Some(1), 3, true), Some(2));
    }

    #[test]
    fn option_ids_name_the_place_in_the_list() {
        assert_eq!(option_id("p", 0), "p-option-0");
        assert_eq!(option_id("p", 7), "p-option-7");
    }
}
