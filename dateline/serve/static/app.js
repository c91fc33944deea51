/* Dateline dashboard: our own code, no third-party script, nothing fetched from outside.
 * Data come from this server's API; country outlines from /assets/countries.json (TopoJSON of
 * the npm package world-atlas, installed at build time) decoded below.
 * All text from the API is inserted with textContent (never innerHTML). */
"use strict";

const TYPE_COLOURS = {
  "Battles": "#d7301f",
  "Explosions/Remote violence": "#ef8a00",
  "Violence against civilians": "#7b3294",
  "Protests": "#2b83ba",
  "Riots": "#1a9641",
  "Strategic developments": "#666666",
};
const SVGNS = "http://www.w3.org/2000/svg";

const state = {
  meta: null,
  outlines: null,     // [{id, name, rings: [[[lon, lat], ...], ...]}]
  events: [],
  cursor: null,
  total: 0,
  lastList: null,     // the filter query of the loaded list
};

/* ---------- small DOM helpers ---------- */
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}
function s(tag, attrs, ...kids) {
  const el = document.createElementNS(SVGNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === "text") el.textContent = v;
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const kid of kids.flat()) if (kid) el.append(kid);
  return el;
}
const $ = (sel) => document.querySelector(sel);
function fmtInt(n) { return (n === null || n === undefined) ? "" : Number(n).toLocaleString("en-US"); }
function colour(type) { return TYPE_COLOURS[type] || "#999999"; }

/* ---------- API ---------- */
class ApiError extends Error {
  constructor(status, body) {
    const e = (body && body.error) || {};
    super(e.message || `HTTP ${status}`);
    this.status = status; this.code = e.code; this.detail = e.detail;
  }
}
async function api(path, opts = {}) {
  const headers = Object.assign({ "Accept": "application/json" }, opts.headers || {});
  let body;
  if (opts.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(opts.json);
    const key = sessionStorage.getItem("dateline.apiKey");
    if (key) headers["X-API-Key"] = key;
  }
  const r = await fetch(path, { method: opts.method || (body ? "POST" : "GET"), headers, body });
  let data = null;
  try { data = await r.json(); } catch (_) { data = null; }
  if (!r.ok) throw new ApiError(r.status, data);
  return data;
}
function setStatus(msg, isError) {
  const el = $("#status");
  el.textContent = msg || "";
  el.classList.toggle("error", !!isError);
}

/* ---------- filters ---------- */
function currentFilters() {
  const f = {};
  for (const id of ["country", "admin1", "type", "actor", "since", "until"]) {
    const v = $("#f-" + id).value.trim();
    if (v) f[id] = v;
  }
  return f;
}
function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== "") q.set(k, v);
  const str = q.toString();
  return str ? "?" + str : "";
}
function fillSelect(sel, values, allLabel, keep) {
  const cur = keep ? sel.value : "";
  sel.replaceChildren(h("option", { value: "" , text: allLabel }));
  for (const [value, label] of values) sel.append(h("option", { value, text: label }));
  if (cur && values.some(([v]) => v === cur)) sel.value = cur;
}
async function loadCountryOptions() {
  const st = await api("/stats" + query({ by: "country", status: "any" }));
  const rows = st.rows.filter((r) => r.country).sort((a, b) => String(a.country).localeCompare(b.country));
  fillSelect($("#f-country"), rows.map((r) => [r.country, `${r.country} (${fmtInt(r.events)})`]), "All countries", true);
  renderCounts(st.counts);
}
async function loadAdmin1Options() {
  const country = $("#f-country").value;
  if (!country) { fillSelect($("#f-admin1"), [], "All regions"); $("#f-admin1").disabled = true; return; }
  const st = await api("/stats" + query({ by: "admin1", country }));
  const rows = st.rows.filter((r) => r.admin1).sort((a, b) => String(a.admin1).localeCompare(b.admin1));
  fillSelect($("#f-admin1"), rows.map((r) => [r.admin1, `${r.admin1} (${fmtInt(r.events)})`]), "All regions", true);
  $("#f-admin1").disabled = false;
}
function renderCounts(c) {
  if (!c) return;
  $("#counts").textContent =
    `${fmtInt(c.events)} events from ${fmtInt(c.reports)} reports · ${fmtInt(c.rejections || 0)} inputs rejected`;
}
function filtersToHash(f) {
  const q = query(f);
  const want = "#/" + q;
  if (location.hash !== want && !(location.hash === "" && want === "#/")) history.replaceState(null, "", want);
}
function hashToFilters(hash) {
  const i = hash.indexOf("?");
  const params = new URLSearchParams(i >= 0 ? hash.slice(i + 1) : "");
  for (const id of ["type", "actor", "since", "until"]) $("#f-" + id).value = params.get(id) || "";
  return params;
}
function renderExportLinks() {
  const f = currentFilters();
  const box = $("#export-links");
  box.replaceChildren();
  for (const fmt of (state.meta ? state.meta.export_formats : ["acled-csv", "geojson", "parquet"])) {
    box.append(h("a", { href: "/export" + query(Object.assign({ format: fmt }, f)), download: "" , text: fmt }), " ");
  }
}

/* ---------- TopoJSON decoding (our own; spec: github.com/topojson/topojson-specification) ---------- */
function decodeTopology(topo, objectName) {
  const tf = topo.transform;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map((p) => {
      if (tf) { x += p[0]; y += p[1]; return [x * tf.scale[0] + tf.translate[0], y * tf.scale[1] + tf.translate[1]]; }
      return [p[0], p[1]];
    });
  });
  const arcPoints = (i) => (i >= 0 ? arcs[i] : arcs[~i].slice().reverse());
  const ring = (ids) => {
    const pts = [];
    ids.forEach((id, k) => { const a = arcPoints(id); pts.push(...(k ? a.slice(1) : a)); });
    return pts;
  };
  const out = [];
  for (const g of topo.objects[objectName].geometries) {
    let rings = [];
    if (g.type === "Polygon") rings = g.arcs.map(ring);
    else if (g.type === "MultiPolygon") rings = g.arcs.flatMap((poly) => poly.map(ring));
    out.push({ id: g.id, name: (g.properties || {}).name || "", rings });
  }
  return out;
}
async function loadOutlines() {
  try {
    const r = await fetch("/assets/countries.json");
    if (!r.ok) throw new Error((await r.json()).error.message);
    state.outlines = decodeTopology(await r.json(), "countries");
  } catch (e) {
    state.outlines = [];
    state.outlinesError = String(e.message || e);
  }
}

/* ---------- map (SVG, equirectangular scaled by cos(latitude) at the centre) ---------- */
const mapView = { box: null, svg: null };
function projectFor(bounds) {
  const lat0 = (bounds[1] + bounds[3]) / 2;
  const k = Math.max(0.2, Math.cos(lat0 * Math.PI / 180));
  return (lon, lat) => [lon * k * 10, -lat * 10];
}
function eventBounds(events) {
  const pts = events.filter((e) => e.latitude !== null && e.longitude !== null && e.latitude !== undefined);
  if (!pts.length) return [-20, -40, 80, 60];
  let [w, so, e, n] = [180, 90, -180, -90];
  for (const p of pts) {
    w = Math.min(w, p.longitude); e = Math.max(e, p.longitude);
    so = Math.min(so, p.latitude); n = Math.max(n, p.latitude);
  }
  const padX = Math.max(4, (e - w) * 0.15), padY = Math.max(3, (n - so) * 0.15);
  return [w - padX, Math.max(-85, so - padY), e + padX, Math.min(85, n + padY)];
}
function ringPath(ring, proj) {
  let d = "", prevLon = null;
  for (const [lon, lat] of ring) {
    const [x, y] = proj(lon, lat);
    // break the line where a ring jumps across the antimeridian
    d += (prevLon === null || Math.abs(lon - prevLon) > 180 ? "M" : "L") + x.toFixed(2) + "," + y.toFixed(2);
    prevLon = lon;
  }
  return d + "Z";
}
function renderMap(events) {
  const holder = $("#map");
  holder.replaceChildren();
  const bounds = eventBounds(events);
  const proj = projectFor(bounds);
  const [x0, y1] = proj(bounds[0], bounds[1]);
  const [x1, y0] = proj(bounds[2], bounds[3]);
  let box = [x0, y0, x1 - x0, y1 - y0];
  // keep the holder's aspect ratio (fit the bounds inside it)
  const aspect = (holder.clientWidth || 800) / (holder.clientHeight || 420);
  if (box[2] / box[3] < aspect) { const w = box[3] * aspect; box = [box[0] - (w - box[2]) / 2, box[1], w, box[3]]; }
  else { const hh = box[2] / aspect; box = [box[0], box[1] - (hh - box[3]) / 2, box[2], hh]; }
  const svg = s("svg", { viewBox: box.join(" "), class: "map-svg", role: "img", "aria-label": "Map of events" });
  const unit = box[2] / (holder.clientWidth || 800);  // SVG units per screen pixel
  svg.append(s("rect", { x: -2000, y: -1000, width: 4000, height: 2000, class: "sea" }));
  const land = s("g", { class: "land" });
  for (const c of state.outlines || []) {
    if (!c.rings.length) continue;
    land.append(s("path", { d: c.rings.map((r) => ringPath(r, proj)).join(""), "data-country": c.name,
      "stroke-width": (0.8 * unit).toFixed(3) }, s("title", { text: c.name })));
  }
  svg.append(land);
  if (!(state.outlines || []).length) {
    svg.append(s("text", { x: box[0] + 10 * unit, y: box[1] + 20 * unit, "font-size": 13 * unit, class: "map-note",
      text: "Country outlines not installed (run npm ci --ignore-scripts)" }));
  }
  const dots = s("g", { class: "dots" });
  const sorted = events.filter((e) => e.latitude !== null && e.latitude !== undefined && e.longitude !== null)
    .slice().sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
  for (const ev of sorted) {
    const [x, y] = proj(ev.longitude, ev.latitude);
    const r = (3 + 2.2 * Math.sqrt(ev.fatalities || 0)) * unit;
    const c = s("circle", {
      cx: x.toFixed(2), cy: y.toFixed(2), r: r.toFixed(3), fill: colour(ev.event_type), class: "dot",
      "stroke-width": (1 * unit).toFixed(3), "data-event-id": ev.event_id,
      onclick: () => { location.hash = "#/event/" + encodeURIComponent(ev.event_id); },
    }, s("title", { text: `${ev.event_date || "?"} · ${ev.sub_event_type || ev.event_type || "event"} · ${ev.location || ev.admin1 || ev.country || ""} · ${fmtInt(ev.fatalities || 0)} killed` }));
    dots.append(c);
  }
  svg.append(dots);
  holder.append(svg);
  mapView.box = box; mapView.svg = svg; mapView.unit = unit;
  enablePanZoom(holder, svg);
}
function enablePanZoom(holder, svg) {
  let drag = null;
  const setBox = (b) => { mapView.box = b; svg.setAttribute("viewBox", b.join(" ")); };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const b = mapView.box, rect = svg.getBoundingClientRect();
    const f = e.deltaY > 0 ? 1.2 : 1 / 1.2;
    const mx = b[0] + (e.clientX - rect.left) / rect.width * b[2];
    const my = b[1] + (e.clientY - rect.top) / rect.height * b[3];
    setBox([mx - (mx - b[0]) * f, my - (my - b[1]) * f, b[2] * f, b[3] * f]);
  }, { passive: false });
  svg.addEventListener("pointerdown", (e) => { if (e.target.tagName !== "circle") drag = [e.clientX, e.clientY, mapView.box.slice()]; });
  window.addEventListener("pointerup", () => { drag = null; });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const rect = svg.getBoundingClientRect(), b = drag[2];
    setBox([b[0] - (e.clientX - drag[0]) / rect.width * b[2], b[1] - (e.clientY - drag[1]) / rect.height * b[3], b[2], b[3]]);
  });
}
function renderLegend(byType) {
  const el = $("#legend");
  el.replaceChildren();
  const counts = Object.fromEntries((byType || []).map((r) => [r.type || r.event_type, r.events]));
  for (const t of Object.keys(TYPE_COLOURS)) {
    el.append(h("span", { class: "key" }, h("span", { class: "swatch", "data-type": t }), `${t}${counts[t] ? " (" + fmtInt(counts[t]) + ")" : ""}`));
  }
  for (const sw of el.querySelectorAll(".swatch")) sw.style.background = colour(sw.dataset.type);
  el.append(h("span", { class: "key size-key", text: "circle area ∝ fatalities" }));
}

/* ---------- timeline (SVG bars: events per day; line: fatalities per day) ---------- */
function dayRange(a, b) {
  const out = [];
  const d = new Date(a + "T00:00:00Z"), end = new Date(b + "T00:00:00Z");
  for (let i = 0; d <= end && i < 3700; i++) { out.push(d.toISOString().slice(0, 10)); d.setUTCDate(d.getUTCDate() + 1); }
  return out;
}
function renderTimeline(rows) {
  const holder = $("#timeline");
  holder.replaceChildren();
  const data = rows.filter((r) => r.day).map((r) => ({ day: String(r.day).slice(0, 10), events: r.events || 0, fatalities: r.fatalities || 0 }));
  if (!data.length) { holder.append(h("p", { class: "empty", text: "No dated events for these filters." })); return; }
  data.sort((a, b) => a.day.localeCompare(b.day));
  const byDay = Object.fromEntries(data.map((r) => [r.day, r]));
  const days = dayRange(data[0].day, data[data.length - 1].day);
  const W = 560, H = 220, L = 34, R = 38, T = 12, B = 30;
  const maxE = Math.max(1, ...data.map((r) => r.events)), maxF = Math.max(1, ...data.map((r) => r.fatalities));
  const bw = (W - L - R) / days.length;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline-svg", role: "img", "aria-label": "Events and fatalities per day" });
  const y = (v) => T + (H - T - B) * (1 - v / maxE), yf = (v) => T + (H - T - B) * (1 - v / maxF);
  svg.append(s("line", { x1: L, x2: W - R, y1: H - B, y2: H - B, class: "axis" }));
  for (const v of [0, Math.ceil(maxE / 2), maxE]) {
    svg.append(s("text", { x: L - 4, y: y(v) + 4, class: "tick", "text-anchor": "end", text: v }));
  }
  for (const v of [0, Math.ceil(maxF / 2), maxF]) {
    svg.append(s("text", { x: W - R + 4, y: yf(v) + 4, class: "tick fat", text: v }));
  }
  svg.append(s("text", { x: 2, y: 10, class: "tick", text: "events" }));
  svg.append(s("text", { x: W - 2, y: 10, class: "tick fat", "text-anchor": "end", text: "killed" }));
  let line = "";
  days.forEach((d, i) => {
    const r = byDay[d] || { events: 0, fatalities: 0 };
    const x = L + i * bw;
    if (r.events) {
      svg.append(s("rect", { x: (x + bw * 0.1).toFixed(2), y: y(r.events).toFixed(2), width: Math.max(0.5, bw * 0.8).toFixed(2),
        height: (H - B - y(r.events)).toFixed(2), class: "bar", "data-day": d,
        onclick: () => { $("#f-since").value = d; $("#f-until").value = d; applyFilters(); } },
      s("title", { text: `${d}: ${r.events} events, ${r.fatalities} killed (click to filter)` })));
    }
    line += (i ? "L" : "M") + (x + bw / 2).toFixed(2) + "," + yf(r.fatalities).toFixed(2);
  });
  svg.append(s("path", { d: line, class: "fat-line" }));
  const step = Math.max(1, Math.ceil(days.length / 6));
  days.forEach((d, i) => {
    if (i % step === 0) svg.append(s("text", { x: L + i * bw + bw / 2, y: H - B + 16, class: "tick", "text-anchor": "middle", text: d.slice(5) }));
  });
  svg.append(s("text", { x: L, y: H - 2, class: "tick", text: days[0].slice(0, 4) }));
  holder.append(svg);
}
function renderByType(rows) {
  const el = $("#by-type");
  el.replaceChildren();
  const t = h("table", { class: "mini" }, h("thead", {}, h("tr", {}, h("th", { text: "Type" }), h("th", { class: "num", text: "Events" }), h("th", { class: "num", text: "Killed" }))));
  const tb = h("tbody");
  for (const r of rows.slice().sort((a, b) => b.events - a.events)) {
    tb.append(h("tr", {}, h("td", { text: r.type || r.event_type || "(none)" }), h("td", { class: "num", text: fmtInt(r.events) }), h("td", { class: "num", text: fmtInt(r.fatalities) })));
  }
  t.append(tb);
  el.append(t);
}

/* ---------- table ---------- */
function reviewLabel(ev) {
  const v = ev.review_status || ev.review || (ev.reviews && ev.reviews.length ? ev.reviews[ev.reviews.length - 1].verdict : null);
  return v || "";
}
function renderRows(events, append) {
  const tb = $("#events-table tbody");
  if (!append) tb.replaceChildren();
  for (const ev of events) {
    const where = [ev.location, ev.admin2 && ev.admin2 !== ev.location ? ev.admin2 : null, ev.admin1, ev.country].filter(Boolean).join(", ");
    const link = h("a", { href: "#/event/" + encodeURIComponent(ev.event_id), text: ev.event_date || "?" });
    const type = h("td", {}, h("span", { class: "swatch", "data-type": ev.event_type || "" }), ev.sub_event_type || ev.event_type || "");
    type.firstChild.style.background = colour(ev.event_type);
    tb.append(h("tr", { "data-event-id": ev.event_id },
      h("td", {}, link), type, h("td", { text: ev.actor1 || "" }), h("td", { text: ev.actor2 || "" }),
      h("td", { text: where }), h("td", { class: "num", text: fmtInt(ev.fatalities || 0) }),
      h("td", { class: "num", text: fmtInt(ev.n_reports || (ev.sources || []).length || 1) }),
      h("td", { class: "review-" + reviewLabel(ev), text: reviewLabel(ev) })));
  }
  $("#table-count").textContent = `${fmtInt(tb.children.length)} shown of ${fmtInt(state.total)}`;
  $("#more").hidden = !state.cursor;
}

/* ---------- list view ---------- */
async function applyFilters() {
  const f = currentFilters();
  filtersToHash(f);
  renderExportLinks();
  setStatus("Loading…");
  try {
    const [page, days, types] = await Promise.all([
      api("/events" + query(Object.assign({ limit: 500 }, f))),
      api("/stats" + query(Object.assign({ by: "day" }, f))),
      api("/stats" + query(Object.assign({ by: "type" }, f))),
    ]);
    state.events = page.events;
    state.cursor = page.next_cursor;
    state.total = types.rows.reduce((n, r) => n + (r.events || 0), 0);
    state.lastList = f;
    renderMap(state.events);
    renderLegend(types.rows);
    renderTimeline(days.rows);
    renderByType(types.rows);
    renderRows(state.events.slice(0, 50), false);
    state.shown = Math.min(50, state.events.length);
    $("#more").hidden = !(state.shown < state.events.length || state.cursor);
    renderCounts(days.counts);
    const mapNote = state.outlinesError ? ` Map outlines unavailable: ${state.outlinesError}` : "";
    setStatus(`${fmtInt(state.total)} events match.${mapNote}`);
    document.body.dataset.loaded = "list";
  } catch (e) {
    setStatus(e.message, true);
  }
}
async function loadMore() {
  if (state.shown < state.events.length) {
    renderRows(state.events.slice(state.shown, state.shown + 50), true);
    state.shown = Math.min(state.shown + 50, state.events.length);
  } else if (state.cursor) {
    const page = await api("/events" + query(Object.assign({ limit: 50, cursor: state.cursor }, state.lastList)));
    state.events.push(...page.events);
    state.cursor = page.next_cursor;
    renderRows(page.events, true);
    state.shown = state.events.length;
  }
  $("#more").hidden = !(state.shown < state.events.length || state.cursor);
}

/* ---------- event view ---------- */
const FIELD_ORDER = ["event_date", "time_precision", "status", "event_type", "sub_event_type", "plover_type", "plover_mode",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "country", "country_code", "admin1", "admin2",
  "location", "latitude", "longitude", "geo_precision", "fatalities", "killed_low", "killed_best", "killed_high",
  "injured_low", "injured_best", "injured_high", "abducted_best", "arrested_best", "incident_count", "civilian_targeting",
  "political_violence", "source", "notes", "confidence"];

function highlightReport(text, sentences) {
  // text with evidence sentences marked, and each field span inside them marked and labelled
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const snt of sentences) {
    if (snt.start < pos) continue;
    frag.append(text.slice(pos, snt.start));
    const mark = h("mark", { class: "sentence", title: "supports: " + snt.fields.join(", ") });
    let p = snt.start;
    for (const sp of snt.spans) {
      if (sp.start < p || sp.end > snt.end) continue;
      mark.append(text.slice(p, sp.start));
      mark.append(h("span", { class: "span", "data-field": sp.field, title: sp.field }, text.slice(sp.start, sp.end), h("sub", { text: sp.field })));
      p = sp.end;
    }
    mark.append(text.slice(p, snt.end));
    frag.append(mark);
    pos = snt.end;
  }
  frag.append(text.slice(pos));
  return frag;
}
function who() { return ($("#reviewer-name").value || "").trim(); }
async function sendReview(ev, verdict, why, out) {
  if (!who()) { $("#reviewer-box").open = true; out.textContent = "Enter your name (and the API key) under Reviewer first."; out.className = "msg error"; return; }
  try {
    const detail = await api(`/events/${encodeURIComponent(ev.event_id)}/review`, { json: { verdict, who: who(), why } });
    renderEvent(detail, `Marked ${verdict}.`);
  } catch (e) { out.textContent = e.message; out.className = "msg error"; }
}
async function sendCorrection(ev, field, value, why, out) {
  if (!who()) { $("#reviewer-box").open = true; out.textContent = "Enter your name (and the API key) under Reviewer first."; out.className = "msg error"; return; }
  let v = value;
  if (v.trim() === "") v = null;
  try {
    const detail = await api(`/events/${encodeURIComponent(ev.event_id)}/corrections`, { json: { field, value: v, who: who(), why } });
    renderEvent(detail, `Corrected ${field}.`);
  } catch (e) { out.textContent = e.message; out.className = "msg error"; }
}
function renderEvent(ev, flash) {
  const root = $("#event");
  root.replaceChildren();
  const corrected = new Set((ev.corrections || []).map((c) => c.field));
  const title = `${ev.sub_event_type || ev.event_type || "Event"}${ev.location || ev.admin1 ? " in " + (ev.location || ev.admin1) : ""}, ${ev.event_date || "date unknown"}`;
  root.append(h("h1", { id: "event-title" }, h("span", { class: "swatch big", "data-type": ev.event_type || "" }), title));
  root.querySelector(".swatch").style.background = colour(ev.event_type);
  const verdict = reviewLabel(ev);
  root.append(h("p", { class: "sub" }, `Event ${ev.event_id} · ${fmtInt(ev.n_reports || (ev.sources || []).length)} source report(s) · `,
    h("span", { id: "review-state", class: "review-" + (verdict || "none"), text: verdict ? "reviewed: " + verdict : "not reviewed" })));
  if (flash) root.append(h("p", { class: "msg ok", id: "flash", text: flash }));

  const cols = h("div", { class: "event-cols" });
  // fields
  const fields = h("table", { class: "fields", id: "fields" });
  const evFields = new Set(Object.keys(ev));
  for (const f of FIELD_ORDER) {
    if (!evFields.has(f)) continue;
    const v = ev[f];
    if ((v === null || v === "" || v === undefined) && !corrected.has(f)) continue;
    fields.append(h("tr", { "data-field": f, class: corrected.has(f) ? "corrected" : null },
      h("th", { text: f }), h("td", {}, h("span", { class: "value", text: typeof v === "object" && v !== null ? JSON.stringify(v) : String(v) }),
        corrected.has(f) ? h("span", { class: "badge", text: "corrected" }) : null)));
  }
  cols.append(h("section", { class: "panel" }, h("h2", { text: "Fields" }), fields));

  // review controls
  const out = h("p", { class: "msg", id: "review-msg" });
  const why = h("input", { id: "review-why", maxlength: 2000, placeholder: "why (optional)" });
  const reviewBox = h("section", { class: "panel review" }, h("h2", { text: "Review" }),
    h("div", { class: "row" },
      h("button", { type: "button", id: "btn-confirm", onclick: () => sendReview(ev, "confirmed", why.value, out), text: "Confirm" }),
      h("button", { type: "button", id: "btn-reject", class: "danger", onclick: () => sendReview(ev, "rejected", why.value, out), text: "Reject" }),
      why));
  const fieldSel = h("select", { id: "corr-field" });
  for (const f of (state.meta ? state.meta.correctable_fields : FIELD_ORDER)) fieldSel.append(h("option", { value: f, text: f }));
  const valIn = h("input", { id: "corr-value", maxlength: 2000, placeholder: "new value" });
  const whyIn = h("input", { id: "corr-why", maxlength: 2000, placeholder: "why" });
  fieldSel.addEventListener("change", () => { const v = ev[fieldSel.value]; valIn.value = v === null || v === undefined ? "" : String(v); });
  fieldSel.value = "fatalities"; valIn.value = ev.fatalities === undefined || ev.fatalities === null ? "" : String(ev.fatalities);
  const form = h("form", { id: "correct-form", class: "row", autocomplete: "off",
    onsubmit: (e) => { e.preventDefault(); sendCorrection(ev, fieldSel.value, valIn.value, whyIn.value, out); } },
    h("label", {}, "Field ", fieldSel), h("label", {}, "Value ", valIn), h("label", {}, "Why ", whyIn),
    h("button", { type: "submit", id: "btn-correct", text: "Save correction" }));
  reviewBox.append(h("h3", { text: "Correct a field" }), form, out);
  const hist = h("ul", { class: "history", id: "history" });
  const items = [
    ...(ev.reviews || []).map((r) => ({ when: r.created_at || r.at || r.when || "", text: `${r.verdict}`, who: r.who, why: r.why })),
    ...(ev.corrections || []).map((c) => ({ when: c.created_at || c.at || c.when || "", text: `${c.field}: ${c.old_value === undefined ? "" : JSON.stringify(c.old_value) + " → "}${JSON.stringify(c.value)}`, who: c.who, why: c.why })),
  ].sort((a, b) => String(a.when).localeCompare(String(b.when)));
  for (const it of items) {
    hist.append(h("li", {}, h("time", { text: String(it.when).replace("T", " ").slice(0, 19) }), " ", h("b", { text: it.who || "?" }), " ", it.text, it.why ? h("span", { class: "why", text: " — " + it.why }) : null));
  }
  if (!items.length) hist.append(h("li", { class: "empty", text: "No reviews or corrections yet." }));
  reviewBox.append(h("h3", { text: "History (who, when, why)" }), hist);
  const formed = (ev.audit || []).filter((a) => ["create", "merge", "unmerge", "merged_into"].includes(a.action));
  if (formed.length) {
    const ul = h("ul", { class: "history", id: "audit" });
    for (const a of formed) {
      ul.append(h("li", {}, h("time", { text: String(a.created_at || "").replace("T", " ").slice(0, 19) }), " ",
        h("b", { text: a.action }), a.score !== null && a.score !== undefined ? ` (score ${a.score})` : "",
        a.detail ? h("span", { class: "why", text: " — " + a.detail }) : null));
    }
    reviewBox.append(h("h3", { text: "How this event was formed (cross-report fusion)" }), ul);
  }
  cols.append(reviewBox);
  root.append(cols);

  // sources with highlighted sentences
  const srcBox = h("section", { class: "panel sources", id: "sources" }, h("h2", { text: "Source reports (supporting sentences highlighted)" }));
  const byReport = {};
  for (const snt of ev.evidence_sentences || []) (byReport[snt.report_id] = byReport[snt.report_id] || []).push(snt);
  const sources = (ev.sources || []).length ? ev.sources : Object.keys(byReport).map((rid) => ({ report_id: rid }));
  root.append(srcBox);
  for (const src of sources) {
    const art = h("article", { class: "report", "data-report-id": src.report_id });
    art.append(h("h3", {}, src.source || "report", src.published ? ` · ${String(src.published).slice(0, 10)}` : "",
      src.url ? h("span", { class: "url", text: " · " + src.url }) : null));
    const body = h("div", { class: "report-text", text: "Loading report…" });
    art.append(body);
    srcBox.append(art);
    api("/reports/" + encodeURIComponent(src.report_id)).then((rep) => {
      body.replaceChildren(highlightReport(rep.text || "", (byReport[src.report_id] || []).slice().sort((a, b) => a.start - b.start)));
    }).catch((e) => { body.textContent = e.message; });
  }
  document.body.dataset.loaded = "event";
}
async function showEvent(id) {
  $("#view-list").hidden = true;
  $("#view-event").hidden = false;
  $("#event").replaceChildren(h("p", { text: "Loading…" }));
  delete document.body.dataset.loaded;
  try {
    renderEvent(await api("/events/" + encodeURIComponent(id)));
    window.scrollTo(0, 0);
  } catch (e) {
    $("#event").replaceChildren(h("p", { class: "msg error", text: e.message }));
  }
}

/* ---------- routing and start ---------- */
async function route() {
  const hash = location.hash || "#/";
  if (hash.startsWith("#/event/")) return showEvent(decodeURIComponent(hash.slice(8)));
  $("#view-event").hidden = true;
  $("#view-list").hidden = false;
  const params = hashToFilters(hash);
  const country = params.get("country") || "";
  if ($("#f-country").value !== country) { $("#f-country").value = country; await loadAdmin1Options(); }
  $("#f-admin1").value = params.get("admin1") || "";
  return applyFilters();
}
async function start() {
  const name = localStorage.getItem("dateline.reviewer") || "";
  $("#reviewer-name").value = name;
  $("#api-key").value = sessionStorage.getItem("dateline.apiKey") || "";
  $("#reviewer-name").addEventListener("change", (e) => localStorage.setItem("dateline.reviewer", e.target.value.trim()));
  $("#api-key").addEventListener("change", (e) => sessionStorage.setItem("dateline.apiKey", e.target.value.trim()));
  $("#reviewer-form").addEventListener("submit", (e) => e.preventDefault());
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  $("#f-country").addEventListener("change", async () => { $("#f-admin1").value = ""; await loadAdmin1Options(); applyFilters(); });
  for (const id of ["admin1", "type", "since", "until"]) $("#f-" + id).addEventListener("change", applyFilters);
  $("#f-reset").addEventListener("click", async () => {
    for (const id of ["country", "admin1", "type", "actor", "since", "until"]) $("#f-" + id).value = "";
    await loadAdmin1Options(); applyFilters();
  });
  $("#more").addEventListener("click", loadMore);
  window.addEventListener("hashchange", () => {
    // filter changes rewrite the hash with replaceState (no event); only navigation lands here
    route();
  });
  try {
    state.meta = await api("/meta");
    fillSelect($("#f-type"), state.meta.event_types.map((t) => [t, t]), "All types");
    await Promise.all([loadOutlines(), loadCountryOptions()]);
  } catch (e) { setStatus(e.message, true); }
  await loadAdmin1Options();
  await route();
}
document.addEventListener("DOMContentLoaded", start);
