/** The page's CSS: toolbar on top, legend-filters on the left, the graph, and a details panel on the right. */
export const PAGE_CSS = `
:root { --fg:#1d2733; --muted:#66717d; --line:#dde1e6; --bg:#f6f7f9; --accent:#2f6fb0; --panel:380px; }
* { box-sizing: border-box; }
html, body { margin:0; height:100%; color:var(--fg); background:#fff; font:14px/1.45 system-ui, "DejaVu Sans", sans-serif; }
body { display:grid; grid-template-rows:auto 1fr; grid-template-columns:230px 1fr; grid-template-areas:"top top" "side main"; overflow:hidden; }
header.top { grid-area:top; display:flex; flex-wrap:wrap; align-items:center; gap:8px 14px; padding:8px 14px; border-bottom:1px solid var(--line); background:#fff; z-index:3; }
header.top h1 { font-size:16px; margin:0; white-space:nowrap; }
#stats { color:var(--muted); font-size:13px; white-space:nowrap; }
.search { position:relative; flex:1 1 260px; max-width:420px; margin-left:auto; }
.search input { width:100%; padding:6px 10px; border:1px solid var(--line); border-radius:6px; font:inherit; }
.search input:focus { outline:2px solid var(--accent); outline-offset:-1px; }
#search-results { position:absolute; top:100%; left:0; right:0; margin:4px 0 0; padding:4px; list-style:none; background:#fff; border:1px solid var(--line); border-radius:6px; box-shadow:0 6px 20px rgba(0,0,0,.12); max-height:50vh; overflow:auto; z-index:10; }
#search-results button { display:flex; gap:6px; align-items:baseline; width:100%; text-align:left; padding:5px 8px; border:0; background:none; font:inherit; cursor:pointer; border-radius:4px; }
#search-results button:hover, #search-results button:focus { background:var(--bg); }
#search-results li.muted { padding:5px 8px; }
.tools { display:flex; gap:6px; align-items:center; }
.tools button, .tools select { font:inherit; font-size:13px; padding:5px 10px; border:1px solid var(--line); border-radius:6px; background:#fff; cursor:pointer; }
.tools button:hover { background:var(--bg); }
aside.side { grid-area:side; overflow:auto; padding:10px 14px; border-right:1px solid var(--line); background:var(--bg); }
aside.side h2 { font-size:12px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:12px 0 6px; }
.filter { display:flex; align-items:center; gap:7px; padding:3px 0; cursor:pointer; user-select:none; }
.filter input { margin:0; }
.filter-name { flex:1; }
.count { color:var(--muted); font-variant-numeric:tabular-nums; font-size:12px; margin-left:6px; }
.hint { color:var(--muted); font-size:12px; margin-top:16px; }
main { grid-area:main; position:relative; min-width:0; min-height:0; }
#cy { position:absolute; inset:0; }
#details { position:absolute; top:0; right:0; bottom:0; width:min(var(--panel), 92%); background:#fff; border-left:1px solid var(--line); box-shadow:-6px 0 20px rgba(0,0,0,.08); display:flex; flex-direction:column; z-index:4; }
#details[hidden] { display:none; }
#details-close { position:absolute; top:8px; right:8px; border:0; background:none; font-size:20px; line-height:1; cursor:pointer; color:var(--muted); padding:4px 8px; }
#details-body { overflow:auto; padding:12px 16px 24px; }
.panel-head .kind { display:flex; gap:6px; align-items:center; color:var(--muted); font-size:12px; text-transform:uppercase; letter-spacing:.05em; }
.panel-head h2 { margin:2px 28px 6px 0; font-size:20px; overflow-wrap:anywhere; }
#details h3 { font-size:13px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:16px 0 6px; border-bottom:1px solid var(--line); padding-bottom:3px; }
#details h4 { margin:10px 0 4px; font-size:13px; display:flex; align-items:center; }
.aliases { margin:0 0 6px; overflow-wrap:anywhere; }
.rel { display:inline-block; padding:1px 7px; border-radius:10px; color:#fff; background:var(--rel, #888); font-size:12px; font-weight:600; letter-spacing:.03em; }
ul.facts, ul.evidence-list, ul.articles { list-style:none; margin:0; padding:0; }
.fact { margin:6px 0 10px; }
.fact-head { display:flex; gap:6px; align-items:baseline; flex-wrap:wrap; }
.arrow { color:var(--muted); }
.evidence-list li { margin:4px 0 8px; }
blockquote.evidence { margin:2px 0; padding:6px 10px; border-left:3px solid var(--line); background:var(--bg); border-radius:0 4px 4px 0; overflow-wrap:anywhere; }
mark { padding:0 2px; border-radius:3px; }
mark.mark-self, mark.mark-source { background:#ffe08a; }
mark.mark-other, mark.mark-target { background:#cfe3ff; }
.meta { color:var(--muted); font-size:12px; overflow-wrap:anywhere; }
.articles li { margin:3px 0; overflow-wrap:anywhere; }
.doc { font-style:italic; }
.badge { display:inline-block; font-size:11px; padding:0 6px; border-radius:8px; background:var(--line); color:var(--fg); margin-left:auto; }
.badge.warn { background:#fde2c6; }
button.link { border:0; background:none; padding:0; font:inherit; color:var(--accent); cursor:pointer; text-align:left; overflow-wrap:anywhere; }
button.link:hover { text-decoration:underline; }
button.link.small { font-size:12px; color:var(--muted); margin-left:auto; }
.fact-ends { font-size:15px; }
dl.attributes { display:grid; grid-template-columns:auto 1fr; gap:2px 10px; margin:0; }
dl.attributes dt { color:var(--muted); }
dl.attributes dd { margin:0; }
.muted { color:var(--muted); }
#fatal { position:absolute; top:20px; left:20px; right:20px; padding:12px; background:#fde2e1; border:1px solid #e15759; border-radius:6px; z-index:20; }
#empty { position:absolute; inset:0; display:flex; align-items:center; justify-content:center; color:var(--muted); pointer-events:none; }
#scope { position:absolute; top:10px; left:10px; z-index:3; display:flex; gap:8px; align-items:center; padding:5px 6px 5px 10px; background:rgba(255,255,255,.94); border:1px solid var(--line); border-radius:6px; font-size:13px; box-shadow:0 2px 8px rgba(0,0,0,.06); }
#scope[hidden], section[hidden] { display:none; }
#scope button, .more { font:inherit; font-size:12px; padding:3px 9px; border:1px solid var(--line); border-radius:5px; background:#fff; cursor:pointer; color:var(--accent); }
.min-articles { display:block; font-size:12px; color:var(--muted); margin:6px 0 2px; }
.min-articles input { width:56px; font:inherit; padding:1px 4px; margin:0 2px; }
svg.histogram { width:100%; height:44px; display:block; margin:2px 0 4px; }
svg.histogram rect.in { fill:var(--accent); }
svg.histogram rect.out { fill:#c9ced4; }
.slider { display:flex; align-items:center; gap:6px; font-size:12px; color:var(--muted); }
.slider input { flex:1; min-width:0; }
.time-readout { font-size:12px; margin-top:2px; font-variant-numeric:tabular-nums; }
.layer-hint { margin-top:2px; }
ol.timeline { list-style:none; margin:0; padding:0; border-left:2px solid var(--line); }
ol.timeline li { margin:0 0 6px; padding-left:10px; position:relative; }
ol.timeline li::before { content:""; position:absolute; left:-5px; top:6px; width:8px; height:8px; border-radius:50%; background:var(--rel, #888); }
ol.timeline time { color:var(--muted); font-size:12px; font-variant-numeric:tabular-nums; margin-right:6px; }
.article { margin:6px 0 10px; }
.article a { color:var(--accent); }
.article-title { font-style:italic; }
.together li { margin:2px 0; }
@media (max-width: 720px) { body { grid-template-columns:0 1fr; } aside.side { display:none; } }
`;
