// The benchmark's reference picker: the customer picker written in plain JavaScript, with the
// app's matching (src/domain/search.rs: case and accents folded the same way, every query word in
// the name, a domain or the tenant id), its ranking, its cap of 50 options and its list markup.
// It searches the customers the mock generates (examples/bench_customers.rs writes them to
// customers.json beside this page).

const WINDOW = 50;

const ranges = [
  // Latin-1 Supplement
  [0xc0, 0xc5, "a"], [0xe0, 0xe5, "a"], [0xc6, 0xc6, "ae"], [0xe6, 0xe6, "ae"], [0xc7, 0xc7, "c"],
  [0xe7, 0xe7, "c"], [0xc8, 0xcb, "e"], [0xe8, 0xeb, "e"], [0xcc, 0xcf, "i"], [0xec, 0xef, "i"],
  [0xd0, 0xd0, "d"], [0xf0, 0xf0, "d"], [0xd1, 0xd1, "n"], [0xf1, 0xf1, "n"], [0xd2, 0xd6, "o"],
  [0xd8, 0xd8, "o"], [0xf2, 0xf6, "o"], [0xf8, 0xf8, "o"], [0xd9, 0xdc, "u"], [0xf9, 0xfc, "u"],
  [0xdd, 0xdd, "y"], [0xfd, 0xfd, "y"], [0xff, 0xff, "y"], [0xde, 0xde, "th"], [0xfe, 0xfe, "th"],
  [0xdf, 0xdf, "ss"],
  // Latin Extended-A
  [0x100, 0x105, "a"], [0x106, 0x10d, "c"], [0x10e, 0x111, "d"], [0x112, 0x11b, "e"],
  [0x11c, 0x123, "g"], [0x124, 0x127, "h"], [0x128, 0x131, "i"], [0x132, 0x133, "ij"],
  [0x134, 0x135, "j"], [0x136, 0x138, "k"], [0x139, 0x142, "l"], [0x143, 0x14b, "n"],
  [0x14c, 0x151, "o"], [0x152, 0x153, "oe"], [0x154, 0x159, "r"], [0x15a, 0x161, "s"],
  [0x162, 0x167, "t"], [0x168, 0x173, "u"], [0x174, 0x175, "w"], [0x176, 0x178, "y"],
  [0x179, 0x17e, "z"], [0x17f, 0x17f, "s"],
  // Cyrillic letters typed without their marks
  [0x401, 0x401, "е"], [0x451, 0x451, "е"], [0x419, 0x419, "и"], [0x439, 0x439, "и"],
  [0x407, 0x407, "і"], [0x457, 0x457, "і"],
];
const table = new Map();
for (const [from, to, folded] of ranges) for (let c = from; c <= to; c++) table.set(c, folded);
const german = new Map([["Ä", "ae"], ["ä", "ae"], ["Ö", "oe"], ["ö", "oe"], ["Ü", "ue"], ["ü", "ue"]].map(([c, f]) => [c.codePointAt(0), f]));
const isMark = (c) => c >= 0x300 && c <= 0x36f;

function fold(text, inGerman = false) {
  let out = "";
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) { out += ch.toLowerCase(); continue; }
    if (isMark(c)) continue;
    const folded = (inGerman && german.get(c)) || table.get(c);
    if (folded) { out += folded; continue; }
    for (const lower of ch.toLowerCase()) {
      const l = lower.codePointAt(0);
      if (isMark(l)) continue;
      out += (inGerman && german.get(l)) || table.get(l) || lower;
    }
  }
  return out;
}
const foldWords = (text, inGerman) => fold(text, inGerman).split(/\s+/).filter(Boolean).join(" ");
const nameWords = (name) => name.split(/[^\p{Alphabetic}\p{Nd}\p{Nl}\p{No}]/u);

function buildIndex(customers) {
  const entries = customers.map((c) => {
    const name = foldWords(c.name, false);
    const germanName = /[äöüÄÖÜ]/.test(c.name) ? foldWords(c.name, true) : null;
    return {
      name,
      nameGerman: germanName && germanName !== name ? germanName : null,
      domains: c.domains.map((d) => fold(d.trim())).filter(Boolean),
      tenant: fold(c.tenant.trim()),
    };
  });
  const blocks = entries.map((e) => [e.name, ...(e.nameGerman ? [e.nameGerman] : []), ...e.domains, e.tenant].join("\n") + "\n");
  const byName = entries.map((_, i) => i).sort((a, b) => (entries[a].name < entries[b].name ? -1 : entries[a].name > entries[b].name ? 1 : a - b));
  return { entries, blocks, byName };
}

function rank(entry, query, firstWord) {
  let wordMatch = false;
  for (const name of entry.nameGerman ? [entry.name, entry.nameGerman] : [entry.name]) {
    if (name.startsWith(query)) return 0;
    wordMatch ||= nameWords(name).some((w) => w.startsWith(firstWord));
  }
  if (wordMatch) return 1;
  if (entry.domains.some((d) => d.startsWith(query)) || entry.tenant.startsWith(query)) return 2;
  return 3;
}

function search(index, rawQuery, limit) {
  const query = foldWords(rawQuery, false);
  const words = query.split(" ").filter(Boolean);
  if (words.length === 0) return { total: index.entries.length, positions: index.byName.slice(0, limit) };
  const best = [[], [], [], []];
  let total = 0;
  for (const position of index.byName) {
    const block = index.blocks[position];
    if (!words.every((w) => block.includes(w))) continue;
    total += 1;
    if (best[0].length >= limit) continue;
    const list = best[rank(index.entries[position], query, words[0])];
    if (list.length < limit) list.push(position);
  }
  return { total, positions: best.flat().slice(0, limit) };
}

const customers = await (await fetch("./customers.json")).json();
const index = buildIndex(customers);
const input = document.getElementById("customer-picker-input");
const listbox = document.getElementById("customer-picker-listbox");
const status = document.getElementById("customer-picker-status");
const more = document.getElementById("customer-picker-more");

function render() {
  const { total, positions } = search(index, input.value, WINDOW);
  const options = positions.map((position, i) => {
    const customer = customers[position];
    const li = document.createElement("li");
    li.id = `customer-picker-c${position}`;
    li.setAttribute("role", "option");
    li.className = "picker__option";
    li.setAttribute("aria-selected", "false");
    li.setAttribute("aria-setsize", String(total));
    li.setAttribute("aria-posinset", String(i + 1));
    const name = document.createElement("span");
    name.className = "picker__name";
    name.textContent = customer.name;
    const meta = document.createElement("span");
    meta.className = "picker__meta";
    meta.textContent = customer.domains[0] ?? "";
    li.append(name, meta);
    return li;
  });
  listbox.replaceChildren(...options);
  listbox.hidden = options.length === 0;
  status.textContent = options.length === 0 ? `No customer matches “${input.value.trim()}”` : `${total} customers match`;
  more.textContent = total > positions.length ? `Showing ${positions.length} of ${total}` : "";
  input.setAttribute("aria-expanded", String(options.length > 0));
}
input.addEventListener("input", render);
input.disabled = false;
document.documentElement.dataset.ready = "true";
