import type { z } from "zod";
import type { ArtifactFinding } from "./artifact-diagnostic.js";
import { decodeJsonEntry } from "./decode-json-entry.js";
import { manifestSchema, type PlanManifest } from "./manifest-schema.js";

/** Largest manifest read; a manifest lists file names, so anything bigger is not one. */
export const MAX_MANIFEST_BYTES = 256 * 1024;

/** A valid manifest, or the findings that say what is wrong with it, each with its JSON path. */
export type ParsedManifest = { manifest: PlanManifest } | { findings: ArtifactFinding[] };

/**
 * `parseManifest` reads the `airlock-manifest.json` entry `entry`: size, UTF-8, JSON (with line and column), then
 * the schema. Every schema issue becomes an `artifact.manifest-invalid` finding whose `path` and message name the
 * place in the manifest (`templates[1].base: expected …`); values are never quoted.
 */
export function parseManifest(entry: string, bytes: Uint8Array): ParsedManifest {
  if (bytes.length > MAX_MANIFEST_BYTES) {
    return { findings: [{ code: "artifact.manifest-invalid", entry, message: `entry ${entry} is ${bytes.length} bytes, too large for a manifest` }] };
  }
  const decoded = decodeJsonEntry(entry, bytes);
  if ("finding" in decoded) return { findings: [decoded.finding] };
  const result = manifestSchema.safeParse(decoded.value);
  if (result.success) return { manifest: result.data };
  return { findings: result.error.issues.flatMap((issue) => issueFindings(entry, issue)) };
}

function issueFindings(entry: string, issue: z.core.$ZodIssue): ArtifactFinding[] {
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => finding(entry, [...issue.path, key], "unknown key"));
  if (issue.code === "invalid_type" && issue.message.startsWith("Invalid input")) return [finding(entry, issue.path, `expected ${issue.expected}`)];
  return [finding(entry, issue.path, issue.message)];
}

function finding(entry: string, segments: readonly PropertyKey[], problem: string): ArtifactFinding {
  const path = formatPath(segments);
  const where = path === "" ? "" : ` at ${path}`;
  return { code: "artifact.manifest-invalid", entry, path: path === "" ? undefined : path, message: `manifest ${entry} is invalid${where}: ${problem}` };
}

/** `formatPath` writes a zod issue path as a JSON path: `templates[1].base`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
