/** A path into an attribute object: keys, and array indexes for Terraform blocks (`versioning[0].enabled`). */
export type AttributePath = readonly (string | number)[];

/**
 * Which change of a guard attribute is dangerous, compared before → after:
 * `turned-off` (→ false), `turned-on` (→ true), `zeroed` (→ 0), `lowered` (a smaller number; `default`
 * stands for an absent value), `set-to` (→ one of `values`), `removed-from` (one of `values` → anything else,
 * absent included).
 */
export type GuardDanger =
  | { kind: "turned-off" }
  | { kind: "turned-on" }
  | { kind: "zeroed" }
  | { kind: "lowered"; default: number }
  | { kind: "set-to"; values: readonly string[] }
  | { kind: "removed-from"; values: readonly string[] };

/**
 * An attribute that guards a resource, with where it lives in each format. `scope: "any-type"` applies to every
 * type of the format that has the attribute; `"named"` only to types whose catalogue row lists `id`.
 * `meaning` finishes the sentence "... : <meaning>" in a reviewer message. `checks` cites the Checkov/Trivy
 * rules that flag the weakened state, when there are some.
 */
export interface GuardAttribute<Effect extends string> {
  id: string;
  scope: "any-type" | "named";
  terraform?: AttributePath;
  cloudformation?: AttributePath;
  danger: GuardDanger;
  effect: Effect;
  meaning: string;
  checks?: string;
}

/** `pathLabel` renders a path the Terraform way: `versioning[0].enabled`, `Properties.DeletionProtection`. */
export function pathLabel(path: AttributePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}
