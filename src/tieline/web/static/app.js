// tieline's page: pick two actors, see their trajectory, timeline, evidence and articles.
// Every value from the corpus is put in the page as text (textContent), never as markup,
// and only http(s) links are made: the articles come from the internet.
"use strict";

const $ = (sel, root = document) => root.querySelector(sel);

// -- building the page safely ------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "href") { const h = safeHref(v); if (h) node.setAttribute("href", h); }
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(shown(c)));
  }
  return node;
}

// Only an absolute http(s) URL with a host becomes a link, or this page itself ("#timeline",
// "/?article=ID"): never another path, which "/\evil.example" turns into another host.
function safeHref(url) {
  if (typeof url !== "string") return null;
  if (/^#[\w-]*$/.test(url) || /^\/\?[\w=&%.~!*'()-]*$/.test(url)) return url;
  if (!/^https?:\/\/[^\/\\\s]/i.test(url) || /[\\\s\x00-\x1f]/.test(url)) return null;
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.host ? u.href : null;
  } catch (e) {
    return null;
  }
}

// Bidi controls (U+202E ...) in a value would reverse what the page shows after it.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function shown(text) { return String(text).replace(BIDI, "\ufffd"); }

function link(url, text) {
  const href = safeHref(url);
  return href ? el("a", { href, rel: "noopener noreferrer nofollow", target: "_blank" }, text)
    : el("span", {}, text);
}

function signed(x) {
  if (x === null || x === undefined) return "";
  return (x > 0 ? "+" : x < 0 ? "−" : "") + Math.abs(x).toFixed(1);
}

function tone(x) { return x > 0 ? "pos" : x < 0 ? "neg" : ""; }

// -- talking to the API --------------------------------------------------------------------
async function request(path, params, accept) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    for (const one of [].concat(v)) url.searchParams.append(k, one);
  }
  const res = await fetch(url, { headers: { Accept: accept } });
  if (!res.ok) {
    const body = await res.json().catch(() => ({}));
    const err = new Error(body.detail || `${path} answered ${res.status} ${res.statusText}`);
    err.body = body;
    throw err;
  }
  return res;
}

async function api(path, params) {
  const res = await request(path, params, "application/json");
  return res.json().catch(() => ({}));
}

// Each panel shows its own failure; the others keep what they loaded.
function panelError(section, err) {
  const box = $(".panel-error", section);
  if (!box) return;
  box.hidden = !err;
  box.textContent = err ? `This part could not be shown: ${err.message}` : "";
}

function undatedWhen(reportedBy, basis) {  // as tieline.render.undated_when says it
  if (!reportedBy) return "undated";
  return `by ${reportedBy}` + (basis === "coreported" ? " (coreported)" : "") +
    (basis === "neighbours" ? " (neighbours)" : "");
}

function sourceLabels(names) {  // as tieline.render.source_labels says them: "scroll.in (2)"
  const seen = new Map();
  return names.map((name) => {
    seen.set(name, (seen.get(name) || 0) + 1);
    return seen.get(name) === 1 ? name : `${name} (${seen.get(name)})`;
  });
}

// Where an entry's date comes from, as tieline.render.date_basis_text says it.
const DATE_BASIS = {
  text: "stated in its sentence",
  narrative: "its sentence's day, the year told before it",
  newsday: "the day its article's lede tells",
  story: "its story's date",
  publication: "the day it was reported (it happened by then)",
};
function dateBasis(basis) { return basis ? `date: ${DATE_BASIS[basis] || basis}` : ""; }
// A dated entry told only more than a year later, as tieline.render.recalled_text says it.
function recalledText(day) {
  return `recalled history: first told on a page of ${day}, more than a year later ` +
    "(background of those pages, not their news; not in the trajectory)";
}

function undatedText(total, shown) {  // as tieline.render.undated_text says it
  const noun = total === 1 ? "undated event" : "undated events";
  return shown !== undefined && shown < total ? `${shown} of ${total} ${noun} shown`
    : `${total} ${noun}`;
}

function label(a) { return a.label || a.title || a.id; }

// What follows a summary the page's text ends inside, as tieline.render.CUT_NOTE says it.
const CUT_NOTE = "… [the page's text stops here]";
// Whether a sentence is cut where its page's text ends: no closing stop, nothing after it.
function cutAtEnd(text, end, sentence) {
  return !/[.!?…"”’»)]\s*$/.test(sentence || "") && typeof text === "string" &&
    text.length > 0 && !text.slice(end).trim();
}

// The reader of an article; with a sentence's offsets (a summary's), it opens at that sentence.
function readLink(id, sentence) {
  const p = new URLSearchParams({ article: id });
  if (sentence) { p.set("at", sentence.start); p.set("to", sentence.end); }
  return el("a", { href: `/?${p}`, class: "read" }, "read");
}

function say(text, isError) {
  const s = $("#status");
  s.textContent = shown(text || "");
  s.classList.toggle("error", Boolean(isError));
}

// -- actor autocomplete ------------------------------------------------------------------
function autocomplete(input) {
  const list = document.getElementById(input.getAttribute("aria-controls"));
  let items = [], active = -1, timer = null, asked = "";

  function close() {
    list.hidden = true; active = -1; input.setAttribute("aria-expanded", "false");
  }
  function choose(i) {
    const actor = items[i];
    if (!actor) return;
    input.value = actor.name; input.dataset.id = actor.id; close();
  }
  function mark() {
    [...list.querySelectorAll("[role=option]")].forEach((li, i) =>
      li.setAttribute("aria-selected", String(i === active)));
  }
  async function lookup() {
    const q = input.value.trim();
    if (!q || q === asked) { if (!q) close(); return; }
    asked = q;
    try {
      const found = await api("/api/actors", { q, per_page: 8 });
      if (input.value.trim() !== q || document.activeElement !== input) return;
      items = found.items;
      const hint = found.did_you_mean && items.length
        ? [el("li", { class: "hint", role: "presentation" }, `No actor is called “${q}”. Did you mean…`)]
        : [];
      list.replaceChildren(...hint, ...items.map((a, i) => {
        const li = el("li", { role: "option", id: `${list.id}-${i}` }, a.name, " ",
          el("small", {}, [a.id, a.kind, `${a.mentions} mentions`].filter(Boolean).join(" · ")));
        li.addEventListener("mousedown", (ev) => { ev.preventDefault(); choose(i); });
        return li;
      }));
      list.hidden = items.length === 0; active = -1;
      input.setAttribute("aria-expanded", String(!list.hidden));
    } catch (e) { close(); }
  }
  input.addEventListener("input", () => {
    delete input.dataset.id; clearTimeout(timer); timer = setTimeout(lookup, 120);
  });
  input.addEventListener("keydown", (ev) => {
    if (list.hidden) return;
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      const n = items.length;
      active = ev.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n;
      mark();
    } else if (ev.key === "Enter" && active >= 0) {
      ev.preventDefault(); choose(active);
    } else if (ev.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}

function actorOf(input) {
  const name = input.value.trim();
  return input.dataset.id && name ? input.dataset.id : name;
}

// -- the trajectory chart ----------------------------------------------------------------
const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children) {
    node.append(c instanceof Node ? c : document.createTextNode(shown(c)));
  }
  return node;
}

// The chart is drawn by tieline (tieline.chart, as in the brief and the notebook): the page
// asks for it at its width, reads it as SVG (never as HTML), and adds only the interactions.
function chartWidth() {
  const main = $("main"), style = getComputedStyle(main);
  const inner = main.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return Math.round(Math.max(320, Math.min(900, inner || 900)));
}

async function chartSvg(params) {
  const res = await request("/api/relations/chart.svg", params, "image/svg+xml");
  const doc = new DOMParser().parseFromString(await res.text(), "image/svg+xml");
  const root = doc.documentElement;
  if (root.namespaceURI !== SVG || root.localName !== "svg" ||
      doc.querySelector("parsererror, script, foreignObject, [href]")) {
    throw new Error("the chart tieline sent could not be read as a plain SVG");
  }
  return document.importNode(root, true);
}

function showChart(box, chart) {
  box.replaceChildren(chart);
  for (const mark of chart.querySelectorAll(".turn-mark")) {
    mark.addEventListener("click", () => showPeriod(mark.dataset.period));
  }
  const periods = [...chart.querySelectorAll("g.period")].map((g) => g.dataset.period);
  if (periods.length) zoomable(chart, periods);
}

// Drag across the chart to narrow the dates to the periods covered.
function zoomable(root, periods) {
  const x0 = Number(root.dataset.x0), step = Number(root.dataset.step);
  const top = Number(root.dataset.top), bottom = Number(root.dataset.bottom);
  const x = (i) => x0 + step * i;
  const band = svg("rect", { class: "zoom-band", x: 0, y: top, width: 0, height: bottom - top });
  band.style.display = "none";
  root.append(band);
  const at = (ev) => {
    const box = root.getBoundingClientRect();
    const vx = ((ev.clientX - box.left) / box.width) * root.viewBox.baseVal.width;
    return Math.max(0, Math.min(periods.length - 1, Math.round((vx - x0) / step)));
  };
  let from = null;
  root.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest(".turn-mark")) return;
    from = at(ev); band.style.display = "";
    root.setPointerCapture(ev.pointerId);
  });
  root.addEventListener("pointermove", (ev) => {
    if (from === null) return;
    const [i, j] = [from, at(ev)].sort((p, q) => p - q);
    band.setAttribute("x", x(i) - step / 2); band.setAttribute("width", (j - i + 1) * step);
  });
  root.addEventListener("pointerup", (ev) => {
    if (from === null) return;
    const [i, j] = [from, at(ev)].sort((p, q) => p - q);
    from = null; band.style.display = "none";
    if (i === j && periods.length > 1) return;  // a click, not a drag
    zoomTo(periodStart(periods[i]), periodEnd(periods[j]));
  });
}

function periodStart(period) {  // 2019, 2019-03, 2019-Q2 → a date the API reads
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  return q ? `${q[1]}-${String((q[2] - 1) * 3 + 1).padStart(2, "0")}` : period;
}

function periodEnd(period) {
  const q = /^(\d{4})-Q(\d)$/.exec(period);
  return q ? `${q[1]}-${String(q[2] * 3).padStart(2, "0")}` : period;
}

function zoomTo(since, until) {
  $("#since").value = since || ""; $("#until").value = until || "";
  submitPair();
}

function showPeriod(period) {
  const entry = document.querySelector(`.entry[data-period^="${CSS.escape(period)}"]`);
  if (!entry) { say(`No timeline entry shown for ${period}.`); return; }
  entry.scrollIntoView({ behavior: "smooth", block: "center" });
  entry.classList.add("flash");
  setTimeout(() => entry.classList.remove("flash"), 1500);
}

function renderRelations(rel, chart) {
  showChart($("#chart"), chart);
  $("#turning-points").replaceChildren(...(rel.turning_points || []).map((tp) => el("li", {},
    el("a", { href: "#timeline", "data-period": tp.period }, tp.period), ": mean intensity ",
    el("span", { class: tone(tp.before) }, signed(tp.before)), " → ",
    el("span", { class: tone(tp.after) }, signed(tp.after)),
    ` (${(tp.events || []).length} events)`)));
  for (const a of document.querySelectorAll("#turning-points a")) {
    a.addEventListener("click", (ev) => { ev.preventDefault(); showPeriod(a.dataset.period); });
  }
  const uncharted = rel.undated_all !== undefined ? rel.undated_all : rel.undated;
  const undated = [uncharted ? `${undatedText(uncharted)} are not charted.` : "",
    rel.recalled ? `${rel.recalled} event${rel.recalled === 1 ? "" : "s"} of recalled history ` +
      "(told only more than a year later) not charted." : ""].filter(Boolean).join(" ");
  const total = (rel.series || []).reduce((n, s) => n + s.events, 0);
  $("#trajectory .count").textContent = `(${total} dated events by ${rel.by})`;
  $("#method").textContent = [rel.method, undated].filter(Boolean).join(" · ");
  const framed = (rel.framing || []).filter((f) => !f.too_few_events);
  const few = (rel.framing || []).filter((f) => f.too_few_events);
  $("#framing-few").textContent = few.length  // as tieline.render.too_few_text says it
    ? `Too few events to frame (fewer than ${few[0].min_events}) in ${few.length} ` +
      `outlet${few.length === 1 ? "" : "s"}: ` +
      few.map((f) => `${f.outlet || "?"} (${f.events})`).join(", ")
    : "";
  $("#framing tbody").replaceChildren(...framed.map((f) => el("tr", {},
    el("td", {}, f.outlet || "?"), el("td", {}, f.events),
    el("td", { class: tone(f.mean_intensity) }, signed(f.mean_intensity)),
    el("td", { class: tone(f.difference) }, signed(f.difference)),
    el("td", {}, Object.entries(f.types || {}).map(([t, s]) => `${t} ${Math.round(s * 100)}%`)
      .join(", ")))));
  $("#framing-box").hidden = !(rel.framing || []).length;
}

// -- the timeline and its evidence -------------------------------------------------------
const articleCache = new Map();

function article(id) {
  if (!articleCache.has(id)) {
    articleCache.set(id, api(`/api/articles/${encodeURIComponent(id)}`).catch(() => null));
  }
  return articleCache.get(id);
}

// One sentence of evidence: its article, the part its offsets are into (its text, or its
// title: a headline is coded as a sentence of its page), where it starts.
function evidenceKey(ev) {
  return `${ev.article_id}:${ev.part || "text"}:${ev.start}`;
}

// The text a sentence of evidence's offsets are into: its article's text, or its title.
function evidenceText(view, ev) {
  return ev.part === "title" ? view.title : view.text;
}

// Offsets are in code points (Python's); Array.from splits a string into code points.
function highlighted(text, ev) {
  let chars = Array.from(text || ""), shift = 0, start = ev.start, end = ev.end;
  if (chars.slice(start, end).join("") !== ev.sentence) {  // no text, or it changed
    chars = Array.from(ev.sentence || ""); shift = ev.start; start = 0; end = chars.length;
  }
  while (end > start && /\s/.test(chars[end - 1])) end -= 1;
  const edge = (i, dir) => {  // the paragraph around the sentence, at most 240 characters
    let j = i;
    const more = () => (dir < 0 ? j > 0 && chars[j - 1] !== "\n" : j < chars.length &&
      chars[j] !== "\n");
    while (more() && Math.abs(j - i) < 240) j += dir;
    if (!more()) return j;
    // cut at a word's edge, never inside a word (the "…" says the paragraph goes on)
    let k = j;
    while (k !== i && !/\s/.test(chars[dir < 0 ? k - 1 : k])) k -= dir;
    return k === i ? j : k;
  };
  const from = edge(start, -1), to = edge(end, 1);
  const piece = (a, b) => chars.slice(a, b).join("");
  const [ts, te] = ev.trigger || [0, 0];
  const t0 = Math.min(end, Math.max(start, ts - shift));
  const t1 = Math.min(end, Math.max(t0, te - shift));
  const mark = el("mark", {}, piece(start, t0), t1 > t0 ? el("strong", {}, piece(t0, t1)) : "",
    piece(t1, end).trimEnd());
  const cutBefore = from > 0 && chars[from - 1] !== "\n";
  const cutAfter = to < chars.length && chars[to] !== "\n";
  const pageCut = shift === 0 && cutAtEnd(text, ev.end, ev.sentence);  // the crawler's cut
  return el("p", { class: "context" }, cutBefore ? "… " : "", piece(from, start).trimStart(),
    mark, " ", piece(end, to).trim(), cutAfter ? " …" : "",
    pageCut ? el("span", { class: "cut" }, ` ${CUT_NOTE}`) : "");
}

// How an implied side was found, as a reader is told it: a side the sentence does not write.
const IMPLIED = { "inferred-clause": "implied by the clause",
  "inferred-previous": "implied by the sentence before", "inferred-article": "implied by the article",
  "inferred-event": "taken from the happening other reports tell",
  "inferred-place": "implied by the place: its holder" };

function sideName(ref) {
  if (!ref) return "?";
  return IMPLIED[ref.basis] ? `${ref.name} (${IMPLIED[ref.basis]})` : ref.name;
}

function who(e) {
  const s = sideName(e.source), t = sideName(e.target);
  const status = e.status && e.status !== "reported" ? ` · ${e.status}` : "";
  const claimed = (e.claimed_by || []).length ? ` by ${e.claimed_by.join(", ")}` : "";
  const arrow = e.mutual ? "↔" : "→";  // a mutual event: done by each side to the other
  return `${s} ${arrow} ${t} · ${e.type}${e.mode ? ":" + e.mode : ""}${status}${claimed}`;
}

// What one sentence was coded as: its own codings (an event's sentence keeps each one its
// reports gave it), else the event's.
function sentenceWho(e, ev) {
  const codings = ev.codings || [];
  if (!codings.length) return who(e);
  const as = (name, ref) => name === null ? null :  // (the event's basis for its own side)
    { name, basis: ref && ref.name === name ? ref.basis : undefined };
  return codings.map((c) => who({ source: as(c.source, e.source),
    target: as(c.target, e.target), mutual: c.mutual, type: c.type,
    mode: c.mode, status: c.status, claimed_by: [] })).join("; ");
}

async function fillEvidence(list, entry) {
  const seen = new Set(), rows = [];
  for (const e of entry.events || []) {
    for (const ev of e.evidence || []) {
      const key = evidenceKey(ev);
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push([e, ev]);
    }
  }
  const texts = await Promise.all(rows.map(([, ev]) => article(ev.article_id)));
  list.replaceChildren(...rows.map(([e, ev], i) => el("li", { class: "evidence-item" },
    highlighted(texts[i] ? evidenceText(texts[i], ev) : null, ev),
    el("p", { class: "who" }, link(ev.url, ev.outlet || "source"), " · ", sentenceWho(e, ev),
      " · ", readLink(ev.article_id)))));
}

// A cited article: its outlet, its title (or its address's words: see entry_text.cited_label)
// on hover, and "2 stored pages" when two stored pages have its address, as the brief says it.
function cited(source, text) {
  const a = link(source.url, text);
  if (source.label) a.setAttribute("title", shown(source.label));
  return source.note ? [a, ` (${source.note})`] : [a];
}

function sentenceCount(entry) {
  const keys = new Set();
  for (const e of entry.events || []) {
    for (const ev of e.evidence || []) keys.add(evidenceKey(ev));
  }
  return keys.size;
}

// Which article (and where in it) the summary quotes: as the CLI's and the brief's "from" line.
function summaryFrom(from) {
  if (!from) return null;
  const first = (from.sentences || [])[0];
  return el("p", { class: "summary-from" }, "Summary from ", link(from.url, from.outlet || "source"),
    from.label ? `: ${from.label}` : "", " · ",
    readLink(from.article_id, first && first.part !== "title" ? first : null));
}

function renderEntry(entry) {
  const types = [...new Set((entry.events || []).map((e) => e.type + (e.mode ? ":" + e.mode : "")))];
  const n = sentenceCount(entry);
  const evidence = el("details", { class: "evidence" },
    el("summary", {}, `Evidence: ${n} ${n === 1 ? "sentence" : "sentences"}`), el("ul"));
  evidence.addEventListener("toggle", () => {
    const list = $("ul", evidence);
    if (evidence.open && !list.dataset.filled) {
      list.dataset.filled = "1";
      list.append(el("li", {}, "loading…"));
      fillEvidence(list, entry).catch((e) => say(e.message, true));
    }
  }, { once: false });
  const labels = sourceLabels((entry.sources || []).map((s) => s.outlet || s.label || "source"));
  const sources = (entry.sources || [])
    .flatMap((s, i) => [i ? " · " : "", ...cited(s, labels[i])]);
  return el("li", { class: "entry", "data-period": entry.date || "" },
    el("div", { class: "when" }, entry.date || undatedWhen(entry.reported_by, entry.reported_by_basis),
      entry.date_precision && entry.date_precision !== "day" ? ` (${entry.date_precision})` : "",
      entry.date_basis ? el("small", { class: "basis" }, dateBasis(entry.date_basis)) : "",
      entry.recalled_by ? el("small", { class: "basis recalled" }, recalledText(entry.recalled_by)) : ""),
    el("div", {},
      el("p", { class: "tags" }, types.map((t) => el("span", { class: "tag" }, t)),
        el("span", { class: tone(entry.intensity) }, signed(entry.intensity))),
      entry.who ? el("p", { class: "who-line" }, entry.who) : "",
      el("p", { class: "summary" }, entry.summary || "",
        entry.summary && entry.summary_from && entry.summary_from.cut
          ? el("span", { class: "cut" }, ` ${CUT_NOTE}`) : ""),
      summaryFrom(entry.summary_from),
      entry.alike_text ? el("p", { class: "alike" }, entry.alike_text) : "",
      el("p", { class: "sources" }, entry.counts ? `${entry.counts}. ` : "",
        sources.length ? "Sources: " : "", sources),
      evidence));
}

function renderTimeline(tl) {
  const entries = tl.entries || [], undated = tl.undated || [];
  const total = tl.undated_total !== undefined ? tl.undated_total : undated.length;
  const shownUndated = tl.undated_shown !== undefined ? tl.undated_shown : undated.length;
  $("#timeline .count").textContent = `(${entries.length} dated ` +
    `${entries.length === 1 ? "entry" : "entries"}` +
    (tl.left_out ? `, ${tl.left_out} less salient left out` : "") +
    ` · ${undatedText(total, shownUndated)})`;
  $("#entries").replaceChildren(...entries.map(renderEntry));
  if (!entries.length) $("#entries").append(el("li", {}, "No dated entries."));
  const box = $("#undated");
  box.hidden = !undated.length;
  $("summary", box).textContent = `${undatedText(total, shownUndated)}, in the order first ` +
    "reported ('by DAY': first reported that day, so it happened on or before it; " +
    "'coreported': its pages state no date, and dated pages had reported the same news by " +
    "that day; 'neighbours': its pages state no date, and dated pages sharing its rare " +
    "names, numbers and quotes came out that day)";
  $("ol", box).replaceChildren(...undated.map(renderEntry));
  const [a, b] = tl.pair || [];
  // a pair that is one state (or it and its own people) holds its domestic events
  const names = a && b ? (a.id === b.id ? a.name : `${a.name} and ${b.name}`) : "";
  $("#pair-title").textContent = !names ? "" : tl.domestic
    ? shown(`domestic events of ${names} (both sides of one state, by sector; no relation ` +
      "between two states)") : shown(names);
}

// -- articles grouped by story, copies folded --------------------------------------------
// The dates of the timeline's entries each article reports, with their basis: a page's own
// date is when it was published, not when what it reports happened.
// An entry's date basis in a word or two, where a list has room for no more (DATE_BASIS).
const SHORT_BASIS = { text: "stated", narrative: "year told before", newsday: "lede's day",
  story: "story's date", publication: "day reported" };
function reportedDates(tl) {
  const out = new Map();
  for (const entry of [...(tl.entries || []), ...(tl.undated || [])]) {
    const basis = entry.date_basis ? SHORT_BASIS[entry.date_basis] || entry.date_basis : "";
    const when = entry.date ? `${entry.date}${basis ? ` (${basis})` : ""}` : "undated";
    for (const s of entry.sources || []) {
      for (const id of [s.article_id, ...(s.same_url || [])]) {
        if (!out.has(id)) out.set(id, []);
        if (!out.get(id).includes(when)) out.get(id).push(when);
      }
    }
  }
  return out;
}

function eventDatesText(dates) {  // "; events of 2020-06-15 (stated in its sentence), +2 more"
  if (!dates.length) return "";
  const more = dates.length > 2 ? `, +${dates.length - 2} more` : "";
  return `; ${dates.length === 1 ? "event" : "events"} of ${dates.slice(0, 2).join(", ")}${more}`;
}

async function renderStories(tl) {
  const ids = [];
  for (const entry of [...(tl.entries || []), ...(tl.undated || [])]) {
    for (const s of entry.sources || []) {  // a page stored twice at one address: both listed
      for (const id of [s.article_id, ...(s.same_url || [])]) if (!ids.includes(id)) ids.push(id);
    }
  }
  const list = $("#story-list");
  if (!ids.length) { list.replaceChildren(); $("#stories .count").textContent = "(none)"; return; }
  const found = await api("/api/articles", { id: ids.slice(0, 500), per_page: 500 });
  const stories = new Map();
  for (const a of found.items) {
    const key = a.story_id || a.id;
    if (!stories.has(key)) stories.set(key, []);
    stories.get(key).push(a);
  }
  const byDate = (x, y) => String(x.published || "9999").localeCompare(String(y.published || "9999"));
  const reported = reportedDates(tl);
  const line = (a) => [link(a.url, label(a)),
    el("span", { class: "meta" }, ` — ${a.outlet || "?"}, page ${a.published || "date unknown"}`),
    el("span", { class: "event-dates" }, eventDatesText(reported.get(a.id) || [])),
    el("span", { class: "meta" }, " · "), readLink(a.id)];
  list.replaceChildren(...[...stories.values()].map((arts) => {
    const originals = arts.filter((a) => !a.copy_of).sort(byDate);
    const copies = arts.filter((a) => a.copy_of).sort(byDate);
    const lead = originals.length ? originals : copies.splice(0, 1);
    const head = lead.map((a) => el("div", {}, line(a)));
    const folded = copies.length ? el("details", { class: "copies" },
      el("summary", {}, `+ ${copies.length} ${copies.length === 1 ? "copy or rewrite" : "copies or rewrites"}`),
      el("ul", {}, copies.map((a) => el("li", {}, line(a))))) : null;
    return el("li", {}, head, folded);
  }));
  const more = ids.length > 500 ? `, the first 500 of ${ids.length}` : "";
  $("#stories .count").textContent =
    `(${found.items.length} articles in ${stories.size} ${stories.size === 1 ? "story" : "stories"}${more})`;
}

// -- search ---------------------------------------------------------------------------------
function snippet(text) {  // the store marks hits as [word]
  const out = el("p", { class: "snippet" });
  String(text || "").split(/(\[[^\]]*\])/).forEach((part) => {
    out.append(/^\[[^\]]*\]$/.test(part) ? el("mark", {}, part.slice(1, -1)) : part);
  });
  return out;
}

async function runSearch(q, offset = 0) {
  const box = $("#search-results");
  if (!q) { box.hidden = true; return; }
  say(`Searching for “${q}”…`);
  const found = await api("/api/search", { q, limit: 50, offset });
  const shown = offset + found.items.length;
  $(".count", box).textContent = found.total > shown || offset
    ? `(${shown} of ${found.total} for “${q}”)` : `(${found.total} for “${q}”)`;
  const items = found.items.map((a) => el("li", {},
    link(a.url, label(a)),
    el("span", { class: "meta" }, ` — ${a.outlet || "?"}, ${a.published || "date unknown"} · `),
    readLink(a.id), snippet(a.snippet)));
  if (offset) $(".hits", box).append(...items); else $(".hits", box).replaceChildren(...items);
  if (!found.total) $(".hits", box).append(el("li", {}, "No article matches."));
  const more = $("#search-more");
  more.hidden = found.next_offset === null || found.next_offset === undefined;
  more.onclick = () => runSearch(q, found.next_offset).catch((e) => say(e.message, true));
  box.hidden = false;
  $("#overview").hidden = true;
  say("");
}

// -- the corpus at a glance ------------------------------------------------------------------
function sparkline(years) {
  const W = 160, H = 28, n = Math.max(1, years.length), most = Math.max(1, ...years.map((y) => y.events));
  const w = W / n;
  return svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "spark", role: "img",
    "aria-label": years.length ? `events per year ${years[0].year}–${years[years.length - 1].year}` : "no dated events" },
  ...years.map((y, i) => svg("rect", { x: i * w + w * 0.1, width: Math.max(1, w * 0.8),
    y: H - (y.events / most) * H, height: (y.events / most) * H },
  svg("title", {}, `${y.year}: ${y.events} events`))));
}

function pairHref(a, b) {
  return `/?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`;
}

// "42 articles in 19 other languages: not analysed for events (ru 6, de 5)", as
// tieline.ingest.pipeline.other_languages_line says it (largest first).
function otherLanguages(other) {
  const n = other.reduce((k, [, m]) => k + m, 0);
  const sorted = [...other].sort((x, y) => y[1] - x[1]);
  return `${n} article${n === 1 ? "" : "s"} in ${other.length} other ` +
    `language${other.length === 1 ? "" : "s"}: not analysed for events (` +
    `${sorted.map(([l, m]) => `${l} ${m}`).join(", ")}); they are stored and searchable.`;
}

function renderOverview(o) {
  const langs = Object.entries(o.languages || {});
  const other = langs.filter(([l]) => l !== "en");
  const span = (p) => (p && p[0] ? `${p[0]} … ${p[1]}` : "no dates");
  $("#overview-counts").replaceChildren(
    `${o.articles} articles (${o.copies} copies or rewrites, in ${o.stories} stories) from ` +
    `${o.outlets} outlets, published ${span(o.published)} (${o.undated_articles} without a date` +
    (o.inferred_dates ? `, ${o.inferred_dates} dated only by their story or the news they report` : "") +
    "); " +
    `${o.events} events dated ${span(o.period)} (${o.undated_events} undated); ` +
    `${o.actors_total} actors. Languages: ` +  // (the others listed once, below)
    `${langs.filter(([l]) => !other.length || l === "en").map(([l, n]) => `${l} ${n}`).join(", ") || "none"}.`,
    other.length ? el("span", { class: "meta unread" }, ` ${otherLanguages(other)}`) : "");
  $("#overview h3 .count").textContent = `(the ${o.pairs.length} with the most events)`;
  const years = o.pairs.flatMap((p) => (p.years || []).map((y) => Number(y.year)));
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const axis = (p) => {  // one axis of years for every pair, so their sparklines compare
    if (!years.length) return [];
    const per = new Map((p.years || []).map((y) => [Number(y.year), y.events]));
    return Array.from({ length: last - first + 1 }, (_, k) =>
      ({ year: String(first + k), events: per.get(first + k) || 0 }));
  };
  $("#pairs tbody").replaceChildren(...o.pairs.map((p) => el("tr", {},
    el("td", {}, el("a", { href: pairHref(p.pair[0], p.pair[1]), class: "pair-link" },
      `${p.pair[0].name} – ${p.pair[1].name}`)),
    el("td", {}, p.events), el("td", {}, p.undated),
    el("td", {}, p.since ? `${p.since} … ${p.until}` : "—"),
    el("td", {}, sparkline(axis(p))))));
  if (!o.pairs.length) $("#pairs tbody").append(el("tr", {}, el("td", { colspan: 5 }, "No pair of actors has events yet.")));
  $("#overview h3:last-of-type .count").textContent =
    `(${o.actors.length} of ${o.actors_total}, most mentioned first)`;
  $("#actor-list").replaceChildren(...o.actors.flatMap((a, i) => [i ? " · " : "",
    el("a", { href: `/?a=${encodeURIComponent(a.id)}`, title: `${a.mentions} mentions` }, a.name),
    el("small", {}, ` ${a.mentions}`)]));
}

async function showOverview() {
  const box = $("#overview");
  box.hidden = false;
  try {
    renderOverview(await api("/api/overview"));
    panelError(box, null);
  } catch (e) { panelError(box, e); }
}

// -- the article reader -----------------------------------------------------------------------
function spans(view) {  // [start, end, class, title] in code points
  const out = view.mentions.map((m) => [m.start, m.end, "actor", m.actor_id || m.form]);
  for (const e of view.events) {
    for (const ev of e.evidence || []) {
      if (ev.article_id === view.id && ev.part !== "title") {  // (a title's: in the heading)
        out.push([ev.start, ev.end, "event", who(e)]);
      }
    }
  }
  return out;
}

function highlightText(text, marks) {
  const chars = Array.from(text || "");
  const cuts = new Set([0, chars.length]);
  for (const [s, e] of marks) { cuts.add(Math.max(0, s)); cuts.add(Math.min(chars.length, e)); }
  const points = [...cuts].sort((p, q) => p - q);
  const out = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const [a, b] = [points[k], points[k + 1]];
    const piece = chars.slice(a, b).join("");
    const on = marks.filter(([s, e]) => s <= a && e >= b);
    if (!on.length) { out.push(piece); continue; }
    const classes = [...new Set(on.map((m) => m[2]))];
    out.push(el("mark", { class: classes.join(" "), title: on.map((m) => m[3]).join("; ") }, piece));
  }
  return out;
}

// What of the article was not read for events, as its warnings say ("not analysed for events:
// readers' comments from "I doubt it ..." on (...)", another language), without the input's name.
function unread(view) {
  return (view.warnings || []).filter((w) => w.includes("not analysed for events"))
    .map((w) => w.slice(w.indexOf("not analysed for events")));
}

function renderReader(view, quoted) {
  $("#reader-title").textContent = view.label || view.title || view.id;
  const published = view.published ? `${view.published} (${view.published_basis})` : "date unknown";
  $("#reader-meta").replaceChildren(`${view.outlet || "?"} · ${published} · ` +
    `${view.author || "author unknown"} · ${view.lang || "?"} · ${view.words} words · ` +
    `${view.mentions.length} actor mentions · ${view.events.length} events · `,
  safeHref(view.url) ? link(view.url, "the original") : "no link to the original",
  view.copy_of ? el("span", {}, view.translation_of ? " · translation of " : " · copy of ",
    readLink(view.copy_of)) : "",
  ...unread(view).map((w) => el("span", { class: "unread" }, ` · ${w}`)));
  const marks = spans(view);
  if (quoted) marks.push([quoted.start, quoted.end, "cited", "the sentence a timeline entry quotes"]);
  $("#reader-text").replaceChildren(...highlightText(view.text, marks));
  const at = $("#reader-text mark.cited");
  $("#reader-cited-legend").hidden = !at;
  if (at) at.scrollIntoView({ block: "center" });
}

async function showArticle(id, quoted) {
  const box = $("#reader");
  box.hidden = false;
  $("#overview").hidden = true;
  try {
    renderReader(await api(`/api/articles/${encodeURIComponent(id)}/read`), quoted);
    panelError(box, null);
  } catch (e) { panelError(box, e); say(e.message, true); }
}

// -- wiring ---------------------------------------------------------------------------------
function offerSuggestions(err) {
  const box = $("#suggestions");
  const found = (err.body && err.body.suggestions) || [];
  box.hidden = !found.length;
  if (!found.length) return;
  box.replaceChildren("Did you mean ", ...found.flatMap((a, i) => [i ? " or " : "",
    el("button", { type: "button", class: "link suggestion", "data-id": a.id }, a.name)]), "?");
  for (const button of box.querySelectorAll("button")) {
    button.addEventListener("click", () => {
      for (const input of [$("#actor-a"), $("#actor-b")]) {
        if (input.value.trim() === err.body.name) {
          input.value = button.textContent; input.dataset.id = button.dataset.id;
        }
      }
      box.hidden = true;
      submitPair();
    });
  }
}

function downloadHref(format, a, b, range) {
  return `/api/download/events?${new URLSearchParams({ a, b, format, ...range })}`;
}

async function showPair(a, b, by, since, until) {
  say(`Loading ${a} and ${b}…`);
  $("#suggestions").hidden = true;
  $("#overview").hidden = true;
  const range = {};
  if (since) range.since = since;
  if (until) range.until = until;
  // dates that are only the day a page reported the event: undated, "by" that day
  if ($("#no-pub").checked) range.publication_dates = "false";
  // (the downloads are the events the chart shows: the same range, the same dates)
  $("#download-csv").href = downloadHref("csv", a, b, range);
  $("#download-json").href = downloadHref("json", a, b, range);
  $("#zoom-reset").hidden = !(since || until);
  for (const id of ["#trajectory", "#timeline", "#stories"]) panelError($(id), null);
  const timeline = api("/api/timeline", { a, b, ...range }).then(async (tl) => {
    $("#pair-view").hidden = false;
    renderTimeline(tl);
    await renderStories(tl).catch((e) => panelError($("#stories"), e));
  });
  const relations = Promise.all([api("/api/relations", { a, b, by, ...range }),
    chartSvg({ a, b, by, ...range, width: chartWidth() })]).then(([rel, chart]) => {
    $("#pair-view").hidden = false;
    renderRelations(rel, chart);
  });
  const [tl, rel] = await Promise.allSettled([timeline, relations]);
  const failed = [tl, rel].filter((r) => r.status === "rejected").map((r) => r.reason);
  if (tl.status === "rejected") panelError($("#timeline"), tl.reason);
  if (rel.status === "rejected") { panelError($("#trajectory"), rel.reason); $("#chart").replaceChildren(); }
  if (failed.length === 2 && failed[0].body && failed[0].body.name) {
    $("#pair-view").hidden = true;  // an unknown actor: nothing to show but the reason
    offerSuggestions(failed[0]);
  }
  say(failed.length ? failed[0].message : "", failed.length > 0);
}

function syncUrl() {
  const p = new URLSearchParams();
  const a = actorOf($("#actor-a")), b = actorOf($("#actor-b")), q = $("#search-q").value.trim();
  if (a && b) {
    p.set("a", a); p.set("b", b); p.set("by", $("#by").value);
    for (const k of ["since", "until"]) if ($(`#${k}`).value.trim()) p.set(k, $(`#${k}`).value.trim());
    if ($("#no-pub").checked) p.set("pub", "0");
  }
  if (q) p.set("q", q);
  history.replaceState(null, "", p.toString() ? `?${p}` : location.pathname);
}

function submitPair() {
  for (const list of document.querySelectorAll(".suggestions")) list.hidden = true;
  syncUrl();
  $("#reader").hidden = true;
  showPair(actorOf($("#actor-a")), actorOf($("#actor-b")), $("#by").value,
    $("#since").value.trim(), $("#until").value.trim());
}

function start() {
  autocomplete($("#actor-a"));
  autocomplete($("#actor-b"));
  $("#pair-form").addEventListener("submit", (ev) => { ev.preventDefault(); submitPair(); });
  $("#zoom-reset").addEventListener("click", () => zoomTo("", ""));
  $("#search-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    syncUrl();
    runSearch($("#search-q").value.trim()).catch((e) => say(e.message, true));
  });
  const p = new URLSearchParams(location.search);
  if (p.get("by")) $("#by").value = p.get("by");
  for (const k of ["since", "until"]) if (p.get(k)) $(`#${k}`).value = p.get(k);
  $("#no-pub").checked = p.get("pub") === "0";
  if (p.get("a")) $("#actor-a").value = p.get("a");
  if (p.get("a") && p.get("b")) {
    $("#actor-b").value = p.get("b");
    showPair(p.get("a"), p.get("b"), $("#by").value, p.get("since"), p.get("until"));
  } else if (p.get("article")) {
    const at = Number.parseInt(p.get("at"), 10), to = Number.parseInt(p.get("to"), 10);
    showArticle(p.get("article"), Number.isFinite(at) && to > at ? { start: at, end: to } : null);
  } else if (!p.get("q")) {
    showOverview();
    if (p.get("a")) { say("Now choose a second actor, then Show relations."); $("#actor-b").focus(); }
  }
  if (p.get("q")) {
    $("#search-q").value = p.get("q");
    runSearch(p.get("q")).catch((e) => say(e.message, true));
  }
}

document.addEventListener("DOMContentLoaded", start);
