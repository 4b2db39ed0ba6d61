import type { Diagnostic } from "../../model/diagnostic.js";
import type { PullRequestSnapshot } from "../../model/snapshot.js";
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
    return { ok: false, diagnostics: [{ level: "error", file: params.file, message: `not JSON: ${(error as Error).message}`, ...position(params.text, error), code: "snapshot.not-json" }] };
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

function position(text: string, error: unknown): { line?: number; column?: number } {
  const match = /position (\d+)/.exec((error as Error).message);
  if (!match) return {};
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
