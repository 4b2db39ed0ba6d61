import type { Diagnostic } from "../../model/diagnostic.js";
import { isJsonObject, nonEmptyString, type JsonObject } from "./json-values.js";
import { jsonPathDiagnostic, readJsonDocument, type JsonDocument } from "./read-json-document.js";

/** One stack as `manifest.json` lists it. `dependencies` name the stacks it depends on. */
export interface ManifestStack {
  name: string;
  /** Path of the stack's `cdk.tf.json`, relative to the output folder (`stacks/<name>/cdk.tf.json`). */
  synthesizedStackPath?: string;
  dependencies: string[];
}

/** What one side of `manifest.json` says: the cdktf version and the stacks by name. */
export interface CdktfManifest {
  version?: string;
  stacks: Map<string, ManifestStack>;
}

/** A manifest read: null when it could not be understood (see the error diagnostics). */
export interface ManifestRead {
  manifest: CdktfManifest | null;
  diagnostics: Diagnostic[];
}

const CODE = "cdktf.manifest";

/**
 * `readCdktfManifest` reads one side of a cdktf `manifest.json` (`{ version, stacks: { <name>: { name,
 * synthesizedStackPath, dependencies, … } } }`). Text that is not JSON, not an object, without a `stacks`
 * object, or with a stack that is not an object gives `manifest: null` and an error diagnostic with the JSON
 * path and line/column: the stacks are unknown. A wrong `version`, `synthesizedStackPath` or dependency entry
 * is only a warning and is left out. Never throws.
 */
export function readCdktfManifest(doc: JsonDocument): ManifestRead {
  const parsed = readJsonDocument(doc, CODE);
  if (parsed.diagnostics.length > 0) return { manifest: null, diagnostics: parsed.diagnostics };
  const diagnostics: Diagnostic[] = [];
  const fail = (message: string, at: (string | number)[]): ManifestRead => ({
    manifest: null,
    diagnostics: [...diagnostics, jsonPathDiagnostic(doc, { level: "error", code: CODE, message, at })],
  });
  const warn = (message: string, at: (string | number)[]): void => {
    diagnostics.push(jsonPathDiagnostic(doc, { level: "warning", code: CODE, message, at }));
  };
  const root = parsed.value;
  if (!isJsonObject(root)) return fail("a cdktf manifest must be a JSON object: its stacks are unknown", []);
  if (!isJsonObject(root.stacks)) return fail("`stacks` must be an object of stacks by name: the stacks are unknown", ["stacks"]);
  const manifest: CdktfManifest = { stacks: new Map() };
  if (root.version !== undefined && nonEmptyString(root.version) === undefined) warn("`version` should be a non-empty string: ignored", ["version"]);
  else if (typeof root.version === "string") manifest.version = root.version;
  for (const [name, entry] of Object.entries(root.stacks)) {
    if (!isJsonObject(entry)) return fail(`stack "${name}" must be an object: the stacks are unknown`, ["stacks", name]);
    manifest.stacks.set(name, readStack(name, entry, warn));
  }
  return { manifest, diagnostics };
}

function readStack(name: string, entry: JsonObject, warn: (message: string, at: (string | number)[]) => void): ManifestStack {
  const stack: ManifestStack = { name, dependencies: [] };
  const path = entry.synthesizedStackPath;
  if (nonEmptyString(path) !== undefined) stack.synthesizedStackPath = path as string;
  else if (path !== undefined) warn("`synthesizedStackPath` should be a non-empty string: ignored", ["stacks", name, "synthesizedStackPath"]);
  const deps = entry.dependencies;
  if (deps === undefined) return stack;
  if (!Array.isArray(deps)) {
    warn("`dependencies` should be a list of stack names: ignored", ["stacks", name, "dependencies"]);
    return stack;
  }
  deps.forEach((dep: unknown, index) => {
    if (nonEmptyString(dep) !== undefined) stack.dependencies.push(dep as string);
    else warn("a dependency should be a stack name: ignored", ["stacks", name, "dependencies", index]);
  });
  return stack;
}
