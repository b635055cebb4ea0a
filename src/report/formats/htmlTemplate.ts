/**
 * The Handlebars template of the HTML report, as a string so that the bundler inlines it. The page
 * is one file with no network access (its Content-Security-Policy forbids any): the overview is
 * rendered here, the function table and source views by the inline script from the embedded JSON,
 * always through textContent, so no name or path is ever parsed as HTML. A line report shows line
 * coverage beside function coverage in every table, and colours the source view line by line.
 */
export const HTML_TEMPLATE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
:root { --ok: #2e7d32; --ok-bg: #e3f4e4; --bad: #c62828; --bad-bg: #fdecea; --na: #757575; --na-bg: #eeeeee;
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #ffffff; --panel: #f6f8fa; --link: #0969da; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 1200px; margin: 0 auto; padding: 12px 16px; }
header { border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 4px 0; }
h2 { font-size: 16px; margin: 20px 0 8px; }
.meta { color: var(--muted); font-size: 12px; overflow-wrap: anywhere; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 12px 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; min-width: 120px; flex: 1 1 120px; }
.card b { display: block; font-size: 22px; }
.card > span { color: var(--muted); font-size: 12px; }
.bar { position: relative; height: 10px; background: var(--bad-bg); border-radius: 5px; overflow: hidden; min-width: 60px; }
.bar > i { position: absolute; inset: 0 auto 0 0; background: var(--ok); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; z-index: 1; white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; }
td.barcell { width: 30%; vertical-align: middle; }
.name { overflow-wrap: anywhere; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 13px; }
details.files { margin: 4px 0 12px; }
details.files summary { cursor: pointer; color: var(--muted); }
th[data-sort] { cursor: pointer; user-select: none; }
th[data-sort]::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending]::after { content: " \\2191"; color: var(--fg); }
th[aria-sort=descending]::after { content: " \\2193"; color: var(--fg); }
.controls { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; align-items: center; }
.controls input, .controls select, button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
.controls input { flex: 1 1 220px; min-width: 0; }
.status { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; white-space: nowrap; }
.status.covered { background: var(--ok-bg); color: var(--ok); }
.status.uncovered { background: var(--bad-bg); color: var(--bad); }
.status.unprobeable { background: var(--na-bg); color: var(--na); }
.tablewrap { overflow-x: auto; }
#fn-more { margin: 8px 0; }
#source { display: none; }
#source.shown { display: block; }
.code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
.code div { white-space: pre; padding: 0 8px 0 0; min-height: 1.45em; }
.code div::before { content: attr(data-n); display: inline-block; width: 5ch; margin-right: 8px; padding-right: 4px; text-align: right; color: var(--muted); background: var(--panel); }
.code div.covered { background: var(--ok-bg); }
.code div.uncovered { background: var(--bad-bg); }
.code div.unprobeable { background: var(--na-bg); }
.code div.nocode::before { opacity: 0.6; }
.status.nocode { background: var(--bg); color: var(--muted); border: 1px solid var(--line); }
.code div.entry { font-weight: 600; }
.legend span { margin-right: 12px; }
@media (max-width: 640px) {
  header, main { padding: 8px; }
  .hide-narrow { display: none; }
  td.barcell { width: 25%; }
  th, td { padding: 3px 4px; }
}
</style>
</head>
<body>
<header>
<h1>{{title}}</h1>
<div class="meta">mode {{mode}} · {{startedAt}} – {{endedAt}}{{#if command}} · command: <span class="name">{{command}}</span>{{/if}} · xcover {{version}}</div>
</header>
<main>
<section id="overview">
<div class="cards">
{{#if byLine}}
  <div class="card"><b id="line-percent">{{totals.lines.percentText}}</b><span>lines covered</span></div>
  <div class="card"><b><span id="line-covered">{{totals.lines.covered}}</span> / <span id="line-traced">{{totals.lines.traced}}</span></b><span>lines covered / traced</span></div>
  <div class="card"><b id="line-unprobeable">{{totals.lines.unprobeable}}</b><span>unprobeable lines (not counted)</span></div>
{{/if}}
  <div class="card"><b id="total-percent">{{totals.percentText}}</b><span>functions covered</span></div>
  <div class="card"><b><span id="total-covered">{{totals.covered}}</span> / <span id="total-traced">{{totals.traced}}</span></b><span>covered / traced</span></div>
  <div class="card"><b id="total-uncovered">{{totals.uncovered}}</b><span>not covered</span></div>
  <div class="card"><b id="total-unprobeable">{{totals.unprobeable}}</b><span>unprobeable (not counted)</span></div>
</div>
{{#if byLine}}<div class="bar" title="lines {{totals.lines.percentText}}"><i style="width: {{totals.lines.width}}%"></i></div>
{{else}}<div class="bar" title="{{totals.percentText}}"><i style="width: {{totals.width}}%"></i></div>
{{/if}}
<h2>Binaries</h2>
{{#each binaries}}
<div class="binary">
<table>
{{#if @root.byLine}}
<thead><tr><th>binary</th><th class="num">lines</th><th class="num">functions</th><th class="num hide-narrow">lines covered / traced</th><th class="num hide-narrow">functions covered / traced</th><th class="barcell"></th></tr></thead>
<tbody><tr class="binary-row"><td class="name" title="{{path}}">{{name}}</td><td class="num line-cov">{{totals.lines.percentText}}</td><td class="num fn-cov">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.lines.covered}} / {{totals.lines.traced}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.lines.width}}%"></i></div></td></tr></tbody>
{{else}}
<thead><tr><th>binary</th><th class="num">coverage</th><th class="num hide-narrow">covered / traced</th><th class="barcell"></th></tr></thead>
<tbody><tr class="binary-row"><td class="name" title="{{path}}">{{name}}</td><td class="num">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.width}}%"></i></div></td></tr></tbody>
{{/if}}
</table>
<details class="files"{{#if openFiles}} open{{/if}}><summary>{{groups.length}} source files and groups{{#if buildId}} · build-id {{buildId}}{{/if}}</summary>
<div class="tablewrap"><table>
{{#if @root.byLine}}
<thead><tr><th>source</th><th class="num">lines</th><th class="num">functions</th><th class="num hide-narrow">lines covered / traced</th><th class="num hide-narrow">functions covered / traced</th><th class="barcell"></th></tr></thead>
<tbody>
{{#each groups}}<tr class="file-row"><td class="name">{{#if source}}<a href="#source-{{index}}">{{name}}</a>{{else}}{{name}}{{/if}}</td>{{#if totals.lines}}<td class="num line-cov">{{totals.lines.percentText}}</td>{{else}}<td class="num line-cov">—</td>{{/if}}<td class="num fn-cov">{{#if totals.functions}}{{totals.percentText}}{{else}}—{{/if}}</td>{{#if totals.lines}}<td class="num hide-narrow">{{totals.lines.covered}} / {{totals.lines.traced}}</td>{{else}}<td class="num hide-narrow">—</td>{{/if}}<td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell">{{#if totals.lines}}<div class="bar"><i style="width: {{totals.lines.width}}%"></i></div>{{/if}}</td></tr>
{{/each}}
</tbody>
{{else}}
<thead><tr><th>source</th><th class="num">coverage</th><th class="num hide-narrow">covered / traced</th><th class="barcell"></th></tr></thead>
<tbody>
{{#each groups}}<tr class="file-row"><td class="name">{{#if source}}<a href="#source-{{index}}">{{name}}</a>{{else}}{{name}}{{/if}}</td><td class="num">{{totals.percentText}}</td><td class="num hide-narrow">{{totals.covered}} / {{totals.traced}}</td><td class="barcell"><div class="bar"><i style="width: {{totals.width}}%"></i></div></td></tr>
{{/each}}
</tbody>
{{/if}}
</table></div>
</details>
</div>
{{/each}}
</section>
<section id="source">
<h2>Source: <span id="source-name" class="name"></span> · <a href="#functions">back to the functions</a></h2>
<div class="legend meta"><span class="status covered">covered</span><span class="status uncovered">not covered</span><span class="status unprobeable">unprobeable</span>{{#if byLine}}<span class="status nocode">no code</span>{{/if}}</div>
<div id="source-code" class="code"></div>
</section>
<section id="functions">
<h2>Functions</h2>
<div class="controls">
  <input id="fn-filter" type="search" placeholder="Filter by name or file" aria-label="Filter functions by name or file">
  <select id="fn-status" aria-label="Status">
    <option value="">all</option><option value="covered">covered</option><option value="uncovered">not covered</option><option value="unprobeable">unprobeable</option>
  </select>
  <select id="fn-binary" aria-label="Binary"><option value="">all binaries</option>{{#each binaries}}<option value="{{@index}}">{{name}}</option>{{/each}}</select>
  <span id="fn-count" class="meta"></span>
</div>
<div class="tablewrap">
<table id="fn-table">
<thead><tr>
  <th data-sort="name">function</th>
  <th data-sort="file">source</th>
  <th data-sort="status">status</th>
  {{#if byLine}}<th data-sort="lines" class="num hide-narrow">lines</th>{{/if}}
  <th data-sort="binary" class="hide-narrow">binary</th>
  {{#if counting}}<th data-sort="calls" class="num">calls</th>{{/if}}
</tr></thead>
<tbody></tbody>
</table>
</div>
<button id="fn-more" type="button" hidden>show more</button>
</section>
<noscript><p>The function table needs JavaScript; the overview above is complete without it.</p></noscript>
</main>
<script id="xcover-data" type="application/json">{{{data}}}</script>
<script>
{{{script}}}
</script>
</body>
</html>
`;

/**
 * The page's behaviour. Plain ES2017 with no dependencies; every string from the report goes
 * through textContent or a value attribute, never innerHTML.
 */
export const HTML_SCRIPT = `(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("xcover-data").textContent);
  var STATUS = ["uncovered", "covered", "unprobeable"];
  var STATUS_TEXT = ["not covered", "covered", "unprobeable"];
  var PAGE = 300;
  var fns = data.fns.map(function (f, i) {
    var file = data.files[f[1]];
    return { i: i, name: f[0], file: f[1], line: f[2], status: f[3], calls: f[4], raw: f[5], reason: f[6],
      lines: f[8] || null, binary: file.b, fileName: file.name, hay: (f[0] + "\\u0000" + f[5] + "\\u0000" + file.name).toLowerCase() };
  });
  var state = { query: "", status: "", binary: "", sort: "file", dir: 1, limit: PAGE };
  var tbody = document.querySelector("#fn-table tbody");
  var count = document.getElementById("fn-count");
  var more = document.getElementById("fn-more");
  var collator = new Intl.Collator(undefined, { numeric: true });
  var keys = {
    name: function (a, b) { return collator.compare(a.name, b.name); },
    file: function (a, b) { return collator.compare(a.fileName, b.fileName) || a.line - b.line || collator.compare(a.name, b.name); },
    status: function (a, b) { return a.status - b.status; },
    binary: function (a, b) { return a.binary - b.binary; },
    calls: function (a, b) { return (a.calls || 0) - (b.calls || 0); },
    lines: function (a, b) { return lineRatio(a) - lineRatio(b); }
  };
  function lineRatio(f) { return f.lines ? (f.lines[1] ? f.lines[0] / f.lines[1] : 0) : -1; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function visible() {
    var q = state.query.toLowerCase();
    var out = fns.filter(function (f) {
      return (state.status === "" || STATUS[f.status] === state.status) &&
        (state.binary === "" || String(f.binary) === state.binary) &&
        (q === "" || f.hay.indexOf(q) >= 0);
    });
    var cmp = keys[state.sort];
    out.sort(function (a, b) { return state.dir * cmp(a, b) || a.i - b.i; });
    return out;
  }
  function render() {
    var rows = visible();
    var frag = document.createDocumentFragment();
    rows.slice(0, state.limit).forEach(function (f) {
      var tr = el("tr");
      tr.setAttribute("data-status", STATUS[f.status]);
      var name = el("td", "name", f.name);
      if (f.raw !== f.name) name.title = f.raw;
      tr.appendChild(name);
      var where = el("td", "name");
      var label = f.fileName + (f.line ? ":" + f.line : "");
      var src = data.files[f.file].src;
      if (src >= 0) {
        var a = el("a", "", label);
        a.href = "#source-" + f.file + (f.line ? "-" + f.line : "");
        where.appendChild(a);
      } else {
        where.textContent = label;
      }
      tr.appendChild(where);
      var st = el("td");
      var badge = el("span", "status " + STATUS[f.status], STATUS_TEXT[f.status]);
      if (f.reason) badge.title = f.reason;
      st.appendChild(badge);
      tr.appendChild(st);
      if (data.byLine) {
        var ln = el("td", "num hide-narrow", f.lines ? f.lines[0] + "/" + f.lines[1] : "\u2014");
        ln.title = f.lines ? "lines covered / traced" : "no line table: only its entry was probed";
        tr.appendChild(ln);
      }
      tr.appendChild(el("td", "name hide-narrow", data.binaries[f.binary].name));
      if (data.counting) tr.appendChild(el("td", "num", String(f.calls || 0)));
      frag.appendChild(tr);
    });
    tbody.textContent = "";
    tbody.appendChild(frag);
    count.textContent = "showing " + Math.min(rows.length, state.limit) + " of " + rows.length +
      (rows.length === fns.length ? " functions" : " matching functions (" + fns.length + " in all)");
    more.hidden = rows.length <= state.limit;
    document.querySelectorAll("#fn-table th[data-sort]").forEach(function (th) {
      if (th.getAttribute("data-sort") === state.sort) th.setAttribute("aria-sort", state.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
  }
  function showSource(fileIndex, line) {
    var file = data.files[fileIndex];
    var section = document.getElementById("source");
    if (!file || file.src < 0) { section.className = ""; return; }
    var text = data.sources[file.src];
    var lines = text.split(/\\r?\\n/);
    var marks = new Array(lines.length + 2);
    var hits = {};
    var entries = {};
    var byLine = data.byLine && file.ln;
    if (byLine) {
      for (var k = 0; k + 2 < file.ln.length; k += 3) { marks[file.ln[k]] = file.ln[k + 1]; hits[file.ln[k]] = file.ln[k + 2]; }
    }
    fns.forEach(function (f) {
      if (f.file !== fileIndex || !f.line) return;
      if (!byLine) {
        var end = data.fns[f.i][7] || f.line;
        for (var n = f.line; n <= end && n <= lines.length; n++) if (marks[n] === undefined || f.status === 1) marks[n] = f.status;
      }
      entries[f.line] = (entries[f.line] ? entries[f.line] + ", " : "") + f.name + ": " + STATUS_TEXT[f.status];
    });
    var code = document.getElementById("source-code");
    var frag = document.createDocumentFragment();
    lines.forEach(function (t, k) {
      var n = k + 1;
      var cls = marks[n] === undefined ? (byLine ? "nocode" : "") : STATUS[marks[n]];
      var div = el("div", cls + (entries[n] && (marks[n] !== undefined || byLine) ? " entry" : ""), t);
      div.setAttribute("data-n", String(n));
      div.id = "L" + n;
      var title = entries[n] || "";
      if (byLine && marks[n] !== undefined) {
        var what = marks[n] === 2 ? "unprobeable" : data.counting ? hits[n] + " hits" : STATUS_TEXT[marks[n]];
        title = title ? title + "; line: " + what : "line: " + what;
      }
      if (title) div.title = title;
      frag.appendChild(div);
    });
    code.textContent = "";
    code.appendChild(frag);
    document.getElementById("source-name").textContent = file.name;
    section.className = "shown";
    var target = line ? document.getElementById("L" + line) : section;
    (target || section).scrollIntoView();
  }
  function route() {
    var m = /^#source-(\\d+)(?:-(\\d+))?$/.exec(location.hash);
    if (m) showSource(Number(m[1]), m[2] ? Number(m[2]) : 0);
    else document.getElementById("source").className = "";
  }
  document.getElementById("fn-filter").addEventListener("input", function (e) { state.query = e.target.value; state.limit = PAGE; render(); });
  document.getElementById("fn-status").addEventListener("change", function (e) { state.status = e.target.value; state.limit = PAGE; render(); });
  document.getElementById("fn-binary").addEventListener("change", function (e) { state.binary = e.target.value; state.limit = PAGE; render(); });
  more.addEventListener("click", function () { state.limit += PAGE * 10; render(); });
  document.querySelectorAll("#fn-table th[data-sort]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = th.getAttribute("data-sort");
      state.dir = state.sort === key ? -state.dir : 1;
      state.sort = key;
      render();
    });
  });
  window.addEventListener("hashchange", route);
  render();
  route();
})();
`;
