import { diagnostic, type Diagnostic } from "../../model/diagnostic.js";
import { isRecord } from "./hcl-values.js";

/**
 * One changed file: its repo path and its text at base and head (null when absent on that side: an added or
 * removed file). `previousPath` is the base path of a renamed file, so its base text lands in the right directory.
 */
export interface HclFileInput {
  path: string;
  base: string | null;
  head: string | null;
  previousPath?: string | null;
}

/** A validated input, with the previous path resolved. */
export interface ReadInput {
  path: string;
  previousPath: string | null;
  base: string | null;
  head: string | null;
  /** Set when a side's text is neither a string nor null: the file is not diffed and its directory is incomplete. */
  problem?: Diagnostic;
}

/** `isTerraformFile` tells whether a path is a Terraform configuration file the static diff reads. */
export function isTerraformFile(path: string): boolean {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}

/**
 * `readHclInputs` validates `{ files: [...] }` as given by any caller (it may come from JSON): entries without a
 * path are skipped with a warning, non-Terraform files with an info diagnostic; a side whose text is not a
 * string (nor null) marks the file as a `problem` (guessing "absent" would report false creates or deletes).
 * Never throws.
 */
export function readHclInputs(params: unknown): { inputs: ReadInput[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const files = isRecord(params) ? params.files : undefined;
  if (!Array.isArray(files)) {
    diagnostics.push(diagnostic({ level: "error", file: "(hcl)", code: "hcl.input", message: "expected { files: [{ path, base, head }] }: nothing was diffed" }));
    return { inputs: [], diagnostics };
  }
  const inputs: ReadInput[] = [];
  files.forEach((item: unknown, index) => {
    const path = isRecord(item) && typeof item.path === "string" && item.path !== "" ? item.path : undefined;
    if (!isRecord(item) || path === undefined) {
      diagnostics.push(diagnostic({ level: "warning", file: "(hcl)", path: `files[${index}]`, code: "hcl.input", message: "file entry without a path: skipped" }));
      return;
    }
    if (!isTerraformFile(path)) {
      diagnostics.push(diagnostic({ level: "info", file: path, code: "hcl.skipped", message: "not a .tf or .tf.json file: not part of the static diff" }));
      return;
    }
    const previousPath = typeof item.previousPath === "string" && isTerraformFile(item.previousPath) ? item.previousPath : null;
    const input: ReadInput = { path, previousPath, base: text(item.base), head: text(item.head) };
    const bad = [item.base, item.head].some((v) => v !== null && v !== undefined && typeof v !== "string");
    if (bad) input.problem = diagnostic({ level: "error", file: path, code: "hcl.input", message: "base or head text is not a string: the file was not diffed" });
    inputs.push(input);
  });
  return { inputs, diagnostics };
}

function text(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** `rootOf` returns the directory of a repo path, the Terraform root it belongs to (`.` at the top level). */
export function rootOf(path: string): string {
  const normalized = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  const slash = normalized.lastIndexOf("/");
  return slash <= 0 ? "." : normalized.slice(0, slash);
}
