import type { Diagnostic } from "../../model/diagnostic.js";
import type { PullRequestSnapshot } from "../../model/snapshot.js";
import { jsonErrorOffset, lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import { snapshotSchema } from "./snapshot-schema.js";

/**
 * `parseSnapshot` reads a PullRequestSnapshot from JSON text. Never throws: invalid JSON gives a diagnostic
 * with line and column; a wrong shape gives one diagnostic per problem with its JSON path
 * (`pullRequest.author.id: expected number, received string`).
 */
export function parseSnapshot(params: { text: string; file: string }): { ok: true; snapshot: PullRequestSnapshot } | { ok: false; diagnostics: Diagnostic[] } {
  let value: unknown;
  try {
    value = JSON.parse(params.text);
  } catch (error) {
    // The parser's own message quotes the text around the error, and a snapshot can hold plans with secrets.
    const offset = jsonErrorOffset(error instanceof Error ? error.message : "") ?? locateJsonError(params.text)?.offset;
    const where = offset === undefined ? {} : lineColumnAt(params.text, offset);
    return { ok: false, diagnostics: [{ level: "error", file: params.file, message: "not valid JSON: expected a PullRequestSnapshot (DESIGN.md §3)", ...where, code: "snapshot.not-json" }] };
  }
  const parsed = snapshotSchema.safeParse(value);
  if (parsed.success) return { ok: true, snapshot: parsed.data as PullRequestSnapshot };
  return {
    ok: false,
    diagnostics: parsed.error.issues.slice(0, 50).map((issue) => ({
      level: "error" as const,
      file: params.file,
      path: issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, ""),
      message: issue.message,
      code: "snapshot.shape",
    })),
  };
}
