// Runs before the first paint (a blocking script in <head>; scripts/boot.mjs adds it to the
// build). On the customers page's own address it shows the static shell of that page
// (index.html's `.shell`), so that the page paints and takes typing before the app starts; and
// it shows the shell in the partner's language: the saved choice, else the language the app
// last started in, else the browser's. Other addresses keep the neutral "Loading…".
(() => {
  const html = document.documentElement;
  const declared = document.querySelector('meta[name="public-url"]')?.getAttribute("content") || "/";
  const base = declared.endsWith("/") ? declared : `${declared}/`;
  const path = location.pathname;
  if (path === base || path === `${base}customers`) html.dataset.shell = "customers";
  let stored = null;
  try {
    stored = localStorage.getItem("psd.locale") || localStorage.getItem("psd.started-locale");
  } catch {
    // Storage may be off; the browser's languages decide.
  }
  for (const tag of stored ? [stored] : navigator.languages || []) {
    const primary = String(tag).split(/[-_]/)[0].toLowerCase();
    if (primary === "ru") html.lang = "ru-RU";
    if (primary === "ru" || primary === "en") break;
  }
  // The stylesheet shows one language from the first paint; the other then leaves the page.
  const other = html.lang.startsWith("ru") ? "en" : "ru";
  document.addEventListener("DOMContentLoaded", () => {
    for (const text of document.querySelectorAll(`#app span[lang="${other}"]`)) text.remove();
  });
})();
