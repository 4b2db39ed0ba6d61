import type { HclBody } from "./hcl-types.js";
import { asBlockList, isRecord } from "./hcl-values.js";

const TWO_LABELS = new Set(["resource", "data"]);
const ONE_LABEL = new Set(["module", "output", "variable", "provider", "check"]);
const NO_LABEL = new Set(["moved", "removed", "import", "locals"]);
/** Meta-arguments that Terraform JSON writes as bare traversals, which hcl2json writes as `${…}`. */
const TRAVERSAL_LISTS = new Set(["depends_on", "replace_triggered_by"]);

/**
 * `normalizeTfJson` converts a parsed Terraform JSON document (`.tf.json`) into hcl2json's shape: every block,
 * at every label level, becomes an array of bodies; `lifecycle`, `backend`, `required_providers` become block
 * arrays; `depends_on` / `replace_triggered_by` traversals get their `${…}` wrapping; `//` comments are dropped.
 * Terraform JSON allows an array of objects wherever one object is expected; both are accepted and merged.
 */
export function normalizeTfJson(doc: HclBody): HclBody {
  const out: HclBody = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === "//" || key === "__proto__") continue;
    if (TWO_LABELS.has(key)) out[key] = labelled(value, 2);
    else if (ONE_LABEL.has(key)) out[key] = labelled(value, 1);
    else if (key === "terraform") out[key] = asBlockList(value).map(normalizeTerraform);
    else if (NO_LABEL.has(key)) out[key] = asBlockList(value).map(normalizeBody);
    else out[key] = value;
  }
  return out;
}

/** `{ label: body }` (or `{ type: { name: body } }`) where any level may be an array of such objects. */
function labelled(value: unknown, levels: number): HclBody {
  const out: HclBody = {};
  for (const group of asBlockList(value)) {
    for (const [label, inner] of Object.entries(group)) {
      if (label === "//" || label === "__proto__") continue;
      if (levels === 1) {
        const list = Array.isArray(out[label]) ? (out[label] as unknown[]) : [];
        out[label] = list.concat(asBlockList(inner).map(normalizeBody));
      } else {
        const merged = isRecord(out[label]) ? out[label] : {};
        const next = labelled(inner, levels - 1);
        for (const [name, bodies] of Object.entries(next)) {
          const list = Array.isArray(merged[name]) ? (merged[name] as unknown[]) : [];
          merged[name] = list.concat(bodies as unknown[]);
        }
        out[label] = merged;
      }
    }
  }
  return out;
}

function normalizeBody(body: HclBody): HclBody {
  const out: HclBody = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "//" || key === "__proto__") continue;
    if (key === "lifecycle") out[key] = asBlockList(value).map(normalizeBody);
    else if (TRAVERSAL_LISTS.has(key) && Array.isArray(value)) out[key] = value.map(wrapTraversal);
    else out[key] = value;
  }
  return out;
}

function normalizeTerraform(body: HclBody): HclBody {
  const out: HclBody = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === "//" || key === "__proto__") continue;
    if (key === "backend") out[key] = labelled(value, 1);
    else if (key === "cloud" || key === "required_providers") out[key] = asBlockList(value);
    else out[key] = value;
  }
  return out;
}

function wrapTraversal(value: unknown): unknown {
  return typeof value === "string" && !value.includes("${") ? `\${${value}}` : value;
}
