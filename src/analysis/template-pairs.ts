import { parseTemplateText, type TemplatePair } from "../ingest/cloudformation/index.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { SnapshotFile, SnapshotTemplate } from "../model/snapshot.js";

/**
 * `templatePairs` collects the CloudFormation templates to diff: pairs that arrived from CI (synthesized at the
 * base and head commits), and changed template files committed in the PR (parsed from their text, with the line
 * of each logical ID). A committed template whose text could not be fetched or parsed is an error diagnostic.
 */
export function templatePairs(params: { templates: readonly SnapshotTemplate[]; files: readonly SnapshotFile[]; cloudformationPaths: ReadonlySet<string> }): { pairs: TemplatePair[]; diagnostics: Diagnostic[] } {
  const pairs: TemplatePair[] = params.templates.map((t) => ({ path: t.path, base: t.base ?? null, head: t.head ?? null }));
  const diagnostics: Diagnostic[] = [];
  const fromCi = new Set(pairs.map((p) => p.path));
  for (const file of params.files) {
    if (!params.cloudformationPaths.has(file.path) || fromCi.has(file.path)) continue;
    const base = side(file, "base", diagnostics);
    const head = side(file, "head", diagnostics);
    if (base === undefined || head === undefined) continue;
    const pair: TemplatePair = { path: file.path, base: base?.template ?? null, head: head?.template ?? null };
    if (base?.lines) pair.baseLines = base.lines;
    if (head?.lines) pair.headLines = head.lines;
    pairs.push(pair);
  }
  return { pairs, diagnostics };
}

/** One side of a committed template: null when absent, undefined when unreadable (a diagnostic says why). */
function side(file: SnapshotFile, which: "base" | "head", diagnostics: Diagnostic[]): { template: unknown; lines?: Record<string, number> } | null | undefined {
  const absent = which === "base" ? file.status === "added" : file.status === "removed";
  if (absent) return null;
  const text = which === "base" ? file.base : file.head;
  if (typeof text !== "string") {
    diagnostics.push({ level: "error", file: file.path, message: `the template's ${which} text could not be fetched, so its change is unknown`, code: "snapshot.body-missing" });
    return undefined;
  }
  const parsed = parseTemplateText({ path: file.path, text });
  if ("diagnostic" in parsed) {
    diagnostics.push(parsed.diagnostic);
    return undefined;
  }
  return { template: parsed.template, lines: parsed.resourceLines };
}
