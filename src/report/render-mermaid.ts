import type { DependencySketch } from "../model/verdict.js";

const CLASS_BY_ACTION: Record<string, string> = { delete: "destroy", replace: "destroy", forget: "warn", update: "change", create: "add" };

/**
 * `renderMermaid` draws a DependencySketch as a mermaid flowchart (GitHub renders ```mermaid blocks):
 * changed resources coloured by action, arrows from each resource to what it depends on.
 * Node labels are reduced to a safe character set, so PR-controlled names cannot inject mermaid syntax.
 */
export function renderMermaid(sketch: DependencySketch): string {
  if (sketch.nodes.length === 0) return "";
  const ids = new Map(sketch.nodes.map((n, i) => [n.id, `n${i}`]));
  const lines = ["```mermaid", "flowchart LR"];
  for (const node of sketch.nodes) {
    const action = node.action ? `${node.action}: ` : "";
    lines.push(`  ${ids.get(node.id)}["${safeLabel(action + node.address)}"]`);
  }
  for (const edge of sketch.edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from && to) lines.push(`  ${from} --> ${to}`);
  }
  lines.push("  classDef destroy fill:#ffebe9,stroke:#cf222e,color:#82071e");
  lines.push("  classDef change fill:#fff8c5,stroke:#9a6700,color:#4d2d00");
  lines.push("  classDef add fill:#dafbe1,stroke:#1a7f37,color:#044f1e");
  lines.push("  classDef warn fill:#fbefff,stroke:#8250df,color:#3e1f79");
  for (const node of sketch.nodes) {
    const cls = node.action ? CLASS_BY_ACTION[node.action] : undefined;
    if (cls) lines.push(`  class ${ids.get(node.id)} ${cls}`);
  }
  lines.push("```");
  return lines.join("\n");
}

/** Keeps letters, digits and a few address characters; everything else becomes `_`. Max 80 characters. */
function safeLabel(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_.:/\- [\]]/g, "_").replace(/[[\]]/g, (c) => (c === "[" ? "(" : ")"));
  return cleaned.length > 80 ? `${cleaned.slice(0, 79)}…` : cleaned;
}
