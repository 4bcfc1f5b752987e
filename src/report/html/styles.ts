/** The page's style sheet: system fonts only, light and dark schemes, print rules. */
export const STYLES = `
:root{color-scheme:light dark;--bg:#f4f5f8;--panel:#fff;--text:#1c2230;--muted:#5d6678;--line:#dde1e8;--grid:#eceef3;
--agree:#1d63d8;--outlier:#c8370b;--tie:#6a55c9;--error:#c92a2a;--warning:#a86a00;--gap:rgba(200,55,11,.09);--gap-edge:#c8370b;
--mark:#fff1a8;--chip:#eef1f6;--focus:#1d63d8;--on-accent:#fff}
@media screen and (prefers-color-scheme:dark){:root{--bg:#0e1117;--panel:#161b23;--text:#e4e8ef;--muted:#98a2b3;--line:#2a313d;--grid:#1f2530;
--agree:#5ea2ff;--outlier:#ff8a5c;--tie:#a897ff;--error:#ff6b6b;--warning:#f0b429;--gap:rgba(255,138,92,.12);--gap-edge:#ff8a5c;
--mark:#5a4a00;--chip:#222a36;--focus:#5ea2ff;--on-accent:#0e1117}}
*{box-sizing:border-box}
[hidden]{display:none!important}
body{margin:0;background:var(--bg);color:var(--text);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1000px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.7rem;margin:.1em 0 .2em;letter-spacing:-.01em}
h2{font-size:1.2rem;margin:2em 0 .6em}
h3{font-size:1.05rem;margin:0}
code,kbd,.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
kbd{border:1px solid var(--line);border-bottom-width:2px;border-radius:4px;padding:0 4px;background:var(--panel)}
a{color:var(--agree)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.muted,.tool,.run{color:var(--muted)}
.tool{margin:0;font-size:.85rem;text-transform:uppercase;letter-spacing:.06em}
.verdict{font-size:1.1rem;font-weight:600;margin:0 0 16px}
.verdict.bad{color:var(--error)}.verdict.ok{color:#1a7f37}
.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(128px,1fr));gap:10px;margin:0}
.stat{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:10px 12px}
.stat dt{font-size:.78rem;color:var(--muted);text-transform:uppercase;letter-spacing:.05em}
.stat dd{margin:0;font-size:1.45rem;font-weight:650;font-variant-numeric:tabular-nums}
.stat dd.detail{font-size:.78rem;font-weight:400;color:var(--muted)}
.run{font-size:.85rem;margin:10px 0 0}
.legend{display:flex;flex-wrap:wrap;gap:4px 28px;margin:18px 0 0;padding:10px 14px;background:var(--panel);border:1px solid var(--line);border-radius:10px;font-size:.84rem}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 18px}
.legend li{display:flex;align-items:center;gap:6px}
.toolbar{display:none;z-index:2;flex-wrap:wrap;align-items:center;gap:8px 14px;margin:18px -8px 0;padding:10px 8px;background:var(--bg);border-bottom:1px solid var(--line);font-size:.88rem}
.js .toolbar{display:flex}
@media (min-width:760px){.toolbar{position:sticky;top:0}}
.toolbar select,.toolbar button{font:inherit;color:inherit;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:3px 6px;max-width:16em}
.toolbar button{cursor:pointer}
#f-count{font-weight:600}
.hint{color:var(--muted);margin-left:auto}
.story>h2{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px}
.story>h2 .muted{font-size:.85rem;font-weight:400}
.cards{display:flex;flex-direction:column;gap:16px}
.card{background:var(--panel);border:1px solid var(--line);border-left:5px solid var(--warning);border-radius:10px;padding:14px 18px 12px;scroll-margin-top:64px}
/* cards off screen are not laid out or painted until scrolled to: a report of thousands opens at once */
.card{content-visibility:auto;contain-intrinsic-size:auto 520px}
.card.sev-error{border-left-color:var(--error)}
.card-head{display:flex;flex-wrap:wrap;align-items:center;gap:6px 10px}
.card-meta{color:var(--muted);font-size:.82rem;margin-left:auto}
.badge{display:inline-block;font-size:.74rem;font-weight:650;padding:1px 8px;border-radius:999px;background:var(--chip);white-space:nowrap}
.sev-error .badge.sev{background:var(--error);color:var(--on-accent)}
.sev-warning .badge.sev{background:var(--warning);color:var(--on-accent)}
.reason{margin:8px 0 4px}
.figure{margin:6px 0 4px}
.no-picture{font-size:.8rem;color:var(--muted);font-style:italic}
.figure figcaption{font-size:.8rem;color:var(--muted)}
svg.picture{display:block;width:100%;height:auto;overflow:visible}
svg text{font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;fill:var(--muted)}
.mark{color:var(--tie)}.mark.role-agrees{color:var(--agree)}.mark.role-outlier{color:var(--outlier)}
.mark .shape{fill:currentColor;stroke:currentColor;stroke-width:2}
.shape-band .shape,.shape-span .shape{fill-opacity:.3}
.shape-range .shape,.shape-above .shape,.shape-below .shape{fill:none;stroke-width:2.4;stroke-linecap:round;stroke-linejoin:round}
.shape-unplaced .shape{fill:none}
.dashed .shape{stroke-dasharray:4 3;fill-opacity:.12}
svg .mark-label{fill:currentColor;font-weight:600}
svg .unplaced-glyph{fill:currentColor;text-anchor:middle;font-weight:700}
.gap{fill:var(--gap)}.gap-edge{stroke:var(--gap-edge);stroke-dasharray:3 3;opacity:.6}
svg .gap-label{fill:var(--gap-edge);text-anchor:middle;font-style:italic}
.grid{stroke:var(--grid)}.tick,.axis-line{stroke:var(--muted)}
svg .tick-label{text-anchor:middle}svg .tick-label.start{text-anchor:start}svg .tick-label.end{text-anchor:end}
.claims{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-direction:column;gap:8px}
.claim{border-top:1px solid var(--line);padding-top:8px}
.claim-head{display:flex;flex-wrap:wrap;align-items:baseline;row-gap:4px;font-size:.86rem}
.claim-no{display:inline-grid;place-items:center;min-width:1.5em;height:1.5em;border-radius:50%;background:var(--tie);color:var(--on-accent);font-size:.78rem;font-weight:700}
.role-agrees .claim-no{background:var(--agree)}.role-outlier .claim-no{background:var(--outlier)}
.claim .badge.role{color:var(--on-accent);background:var(--agree)}.role-outlier .badge.role{background:var(--outlier)}
.claim-head>*+*{margin-left:10px}.claim-head .path{overflow-wrap:anywhere}.claim-head .pos{margin-left:0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;color:var(--muted)}
.published{color:var(--muted);margin-left:auto}
.quote{margin:4px 0 0 2px;padding:2px 0 2px 12px;border-left:3px solid var(--line);overflow-wrap:anywhere}
mark{background:var(--mark);color:inherit;padding:0 2px;border-radius:3px;font-weight:600}
.why{margin-top:10px;font-size:.88rem}
.why summary{cursor:pointer;color:var(--muted)}
.why ul{margin:6px 0;padding-left:20px}
.empty{background:var(--panel);border:1px dashed var(--line);border-radius:10px;padding:24px;text-align:center;color:var(--muted)}
.series{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin-bottom:14px}
.points{list-style:none;padding:0;margin:6px 0 0;font-size:.88rem}
.points li{display:flex;flex-wrap:wrap;gap:8px;align-items:center}
.table-wrap{overflow-x:auto;background:var(--panel);border:1px solid var(--line);border-radius:10px}
table{border-collapse:collapse;width:100%;font-size:.88rem}
th,td{text-align:left;padding:7px 12px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:last-child td{border-bottom:0}
th{font-size:.76rem;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
td.path{overflow-wrap:anywhere}
.num{text-align:right;font-variant-numeric:tabular-nums}
.problems{list-style:none;margin:0;padding:0}
.problem.error .badge{background:var(--error);color:var(--on-accent)}.problem.warning .badge{background:var(--warning);color:var(--on-accent)}
.held ul{font-size:.88rem}
footer{margin-top:40px;color:var(--muted);font-size:.8rem}
@media print{
:root{--bg:#fff;--panel:#fff}
body{font-size:11pt}
.toolbar,.js .toolbar,.hint{display:none}
.card,.series,.stat{break-inside:avoid}
.card{content-visibility:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
}
`;
