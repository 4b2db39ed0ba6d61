import type { Diagnostic } from "../../model/diagnostic.js";
import type { RootInfo } from "../../model/ingest-result.js";
import type { ScoreReason } from "../../model/score.js";
import type { ScoringWeights } from "./scoring-weights.js";

/**
 * `unknownInputReasons` gives one `unknown.input` reason per unreadable input: per file with an error
 * diagnostic, and per incomplete root that no such file lies in. Unknown is not safe, so both scores use it.
 */
export function unknownInputReasons(diagnostics: readonly Diagnostic[], roots: readonly RootInfo[], weights: ScoringWeights): ScoreReason[] {
  const firstErrorByFile = new Map<string, Diagnostic>();
  for (const d of diagnostics) {
    if (d.level === "error" && !firstErrorByFile.has(d.file)) firstErrorByFile.set(d.file, d);
  }
  const reasons: ScoreReason[] = [];
  for (const [file, d] of firstErrorByFile) {
    reasons.push({
      rule: "unknown.input",
      address: file,
      message: `${file} could not be read${where(d)}: ${clip(d.message)}. Airlock cannot see what this part of the change does, and unknown is not safe: fix the file or provide a readable plan.`,
      points: weights.unknownInput,
    });
  }
  for (const root of roots) {
    if (root.complete || coveredByFile(root.name, firstErrorByFile)) continue;
    reasons.push({
      rule: "unknown.input",
      address: root.name,
      message: `${root.name} is incomplete (the plan errored, has deferred changes, or could not be read fully): the changes shown are not the whole story, and unknown is not safe. Produce a complete plan for it.`,
      points: weights.unknownInput,
    });
  }
  return reasons;
}

function coveredByFile(rootName: string, files: ReadonlyMap<string, Diagnostic>): boolean {
  if (files.has(rootName)) return true;
  const prefix = rootName.endsWith("/") ? rootName : `${rootName}/`;
  for (const file of files.keys()) if (file.startsWith(prefix)) return true;
  return false;
}

function where(d: Diagnostic): string {
  if (d.line === undefined) return d.path === undefined ? "" : ` (at ${d.path})`;
  return d.column === undefined ? ` (line ${d.line})` : ` (line ${d.line}, column ${d.column})`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim().replace(/\.$/, "");
  return oneLine.length <= 200 ? oneLine : `${oneLine.slice(0, 197)}...`;
}
