//! Entry point: mounts the app in place of the static shell from `index.html`.

fn main() {
    partner_support_desk::start();
}
