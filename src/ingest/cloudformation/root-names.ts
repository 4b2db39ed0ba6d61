const TEMPLATE_SUFFIX = /\.template\.(?:json|ya?ml)$/i;
const EXTENSION = /\.(?:json|ya?ml|template)$/i;

/**
 * `rootNamesOf` names the root of each stack: its `stack` when given, else its file name without the template
 * suffix (`cdk.out/Db.template.json` → `Db`, `infra/network.yaml` → `network`). Names must be unique, since
 * node ids are qualified by root: when two stacks would share one, each takes its path without extension
 * instead, and a name still shared gets ` (2)`, ` (3)` ... in input order.
 */
export function rootNamesOf(pairs: readonly { path: string; stack?: string }[]): string[] {
  const first = pairs.map((p) => (typeof p?.stack === "string" && p.stack !== "" ? p.stack : nameFromPath(p?.path)));
  const counts = countOf(first);
  const second = pairs.map((p, i) => {
    const name = first[i] ?? "";
    return (counts.get(name) ?? 0) > 1 && !(typeof p?.stack === "string" && p.stack !== "") ? pathWithoutExtension(p?.path) : name;
  });
  const seen = new Map<string, number>();
  return second.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function nameFromPath(path: unknown): string {
  const text = typeof path === "string" ? path : "template";
  const base = text.slice(text.lastIndexOf("/") + 1);
  const name = TEMPLATE_SUFFIX.test(base) ? base.replace(TEMPLATE_SUFFIX, "") : base.replace(EXTENSION, "");
  return name === "" ? text : name;
}

function pathWithoutExtension(path: unknown): string {
  const text = typeof path === "string" ? path : "template";
  return text.replace(TEMPLATE_SUFFIX, "").replace(EXTENSION, "");
}

function countOf(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
