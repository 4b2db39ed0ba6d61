import type { ScoreReason } from "../../model/score.js";
import type { ScoringWeights } from "./scoring-weights.js";

/**
 * `tamperReasons` gives one reason per group of tampered files (files in the same directory form a group:
 * `.github/workflows`, the repository root with CODEOWNERS, ...). A change that edits the checks guarding
 * it reaches past its own resources, so each group weighs `reach.tamperGroup`.
 */
export function tamperReasons(tamperedFiles: readonly string[], weights: ScoringWeights): ScoreReason[] {
  const groups = new Map<string, string[]>();
  for (const file of tamperedFiles) {
    const slash = file.lastIndexOf("/");
    const dir = slash === -1 ? "." : file.slice(0, slash);
    const group = groups.get(dir);
    if (group === undefined) groups.set(dir, [file]);
    else if (!group.includes(file)) group.push(file);
  }
  const reasons: ScoreReason[] = [];
  for (const [dir, files] of groups) {
    const shown = files.slice(0, 5).join(", ");
    reasons.push({
      rule: "tamper.files",
      address: dir,
      message: `The change edits files that guard infrastructure changes (${shown}${files.length > 5 ? ", …" : ""}): an agent must not change its own guardrails. Revert these edits, or have a human make them in a separate pull request.`,
      points: weights.reach.tamperGroup,
    });
  }
  return reasons;
}
