/** The dashboard's stylesheet, inlined in the page (no external resources). Colours match the chart legends. */
export const DASHBOARD_STYLES = `
:root { color-scheme: light; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa;
  --agent: #8250df; --human: #8c959f; --blocked: #cf222e; --approved: #1a7f37; --passed: #afb8c1;
  --shadowed: #bf8700; --override: #bc4c00; --median: #0969da; --p90: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 16px 24px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: var(--muted); }
main { padding: 16px 24px; display: grid; gap: 16px; grid-template-columns: repeat(auto-fit, minmax(460px, 1fr)); align-items: start; }
section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; min-width: 0; }
section.wide { grid-column: 1 / -1; }
h2 { margin: 0 0 8px; font-size: 15px; }
.tiles { display: flex; flex-wrap: wrap; gap: 12px; }
.tile { flex: 1 1 120px; background: var(--bg); border-radius: 6px; padding: 8px 12px; }
.tile .value { font-size: 22px; font-weight: 600; }
.tile .name { color: var(--muted); font-size: 12px; }
svg.chart { width: 100%; height: auto; display: block; }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .tick, svg .empty { fill: var(--muted); font-size: 11px; }
.bar-agent { fill: var(--agent); } .bar-human { fill: var(--human); }
.bar-blocked { fill: var(--blocked); } .bar-approved { fill: var(--approved); }
.bar-overridden { fill: var(--override); } .bar-passed { fill: var(--passed); } .bar-shadowed { fill: var(--shadowed); } .bar-overrides { fill: var(--override); }
svg .line { fill: none; stroke-width: 2; }
.line-median { stroke: var(--median); } .line-p90 { stroke: var(--p90); stroke-dasharray: 4 3; }
.point-median { fill: var(--median); } .point-p90 { fill: var(--p90); }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; margin-top: 6px; color: var(--muted); font-size: 12px; }
.legend span { white-space: nowrap; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: -1px; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.reason { white-space: pre-wrap; overflow-wrap: anywhere; }
code { font-size: 12px; color: var(--muted); }
.none { color: var(--muted); }
.tier { padding: 1px 6px; border-radius: 10px; background: var(--bg); font-size: 12px; }
.tier-critical { background: #ffebe9; color: #82071e; } .tier-high { background: #fff1e5; color: #953800; }
.tier-medium { background: #fff8c5; color: #7d4e00; }
`;
