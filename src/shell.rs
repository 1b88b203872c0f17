//! The static shell of `index.html`: what paints before the app starts (on the customers page's
//! own address, that page itself, with its search field; `scripts/shell.js` chooses). The app
//! leaves it up while it starts and takes it down as its first screen goes up, in the same task,
//! so that nothing flashes; what the partner typed into the shell's search field is kept.

use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The id of the customer search field, the shell's and the app's alike.
pub const SEARCH_FIELD_ID: &str = "customer-picker-input";

/// What the partner typed into the shell's search field before the app started.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    pub text: String,
    /// The field had the focus: the app's field takes it over.
    pub focused: bool,
}

thread_local! {
    static SHELL: RefCell<Vec<web_sys::Element>> = const { RefCell::new(Vec::new()) };
    static TYPED: RefCell<Option<Typed>> = const { RefCell::new(None) };
}

/// Remembers the shell's elements, the children of `root` before the app is mounted into it.
pub fn keep(root: &web_sys::Element) {
    let mut elements = Vec::new();
    let mut next = root.first_element_child();
    while let Some(element) = next {
        next = element.next_element_sibling();
        elements.push(element);
    }
    SHELL.with(|shell| *shell.borrow_mut() = elements);
}

/// Takes the shell down (once; later calls do nothing), keeping what was typed in its search
/// field for [`take_typed`].
pub fn take_down() {
    let elements = SHELL.with(|shell| std::mem::take(&mut *shell.borrow_mut()));
    if elements.is_empty() {
        return;
    }
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(document) = &document {
        let field = document
            .get_element_by_id(SEARCH_FIELD_ID)
            .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(field) = field {
            let focused = document
                .active_element()
                .is_some_and(|active| active.id() == SEARCH_FIELD_ID);
            let text = field.value();
            if focused || !text.is_empty() {
                TYPED.with(|typed| *typed.borrow_mut() = Some(Typed { text, focused }));
            }
        }
        if let Some(html) = document.document_element() {
            let _ = html.remove_attribute("data-shell");
        }
    }
    for element in elements {
        element.remove();
    }
}

/// What was typed into the shell's search field, once.
pub fn take_typed() -> Option<Typed> {
    TYPED.with(|typed| typed.borrow_mut().take())
}
