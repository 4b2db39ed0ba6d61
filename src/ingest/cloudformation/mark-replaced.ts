import { isJsonObject } from "./json-value.js";

const SUB_REFERENCE = /\$\{([A-Za-z0-9]+)([.}])/g;

/**
 * `markReplaced` returns a copy of a resource in which every reference to a replaced resource reads
 * differently: `{Ref: X}` becomes `{Ref: "X (replaced)"}`, `Fn::GetAtt` on X names `X(replaced)` (both
 * forms), and `${X}` / `${X.Attr}` in `Fn::Sub` name `X(replaced)`. Diffing the marked copy against the
 * base resource shows which properties change because a replaced resource gets a new physical ID, and
 * whether that forces this one to be replaced too: the marking `cdk diff` uses, extended to `Fn::Sub`,
 * whose references CloudFormation resolves the same way. The value must be depth-checked: this recurses.
 */
export function markReplaced(value: unknown, replaced: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => markReplaced(item, replaced));
  if (!isJsonObject(value)) return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const key = keys[0] ?? "";
    const marked = markIntrinsic(key, value[key], replaced);
    if (marked !== undefined) return marked;
  }
  const copy: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(copy, key, { value: markReplaced(value[key], replaced), enumerable: true, writable: true, configurable: true });
  return copy;
}

function markIntrinsic(key: string, arg: unknown, replaced: ReadonlySet<string>): Record<string, unknown> | undefined {
  if (key === "Ref" && typeof arg === "string" && replaced.has(arg)) return { Ref: `${arg} (replaced)` };
  if (key === "Fn::GetAtt") {
    if (Array.isArray(arg) && typeof arg[0] === "string" && replaced.has(arg[0])) return { "Fn::GetAtt": [`${arg[0]}(replaced)`, ...arg.slice(1)] };
    if (typeof arg === "string") {
      const dot = arg.indexOf(".");
      const target = dot === -1 ? arg : arg.slice(0, dot);
      if (replaced.has(target)) return { "Fn::GetAtt": `${target}(replaced)${dot === -1 ? "" : arg.slice(dot)}` };
    }
  }
  if (key === "Fn::Sub") {
    if (typeof arg === "string") return { "Fn::Sub": markSub(arg, replaced) };
    if (Array.isArray(arg) && typeof arg[0] === "string") return { "Fn::Sub": [markSub(arg[0], replaced), ...arg.slice(1).map((item) => markReplaced(item, replaced))] };
  }
  return undefined;
}

function markSub(text: string, replaced: ReadonlySet<string>): string {
  return text.replace(SUB_REFERENCE, (whole, name: string, next: string) => (replaced.has(name) ? `\${${name}(replaced)${next}` : whole));
}
