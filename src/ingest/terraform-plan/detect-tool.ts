import type { JsonObject } from "./plan-json.js";

/** Which program wrote a plan, and its version, as far as the plan tells. */
export interface PlanTool {
  tool?: "terraform" | "opentofu";
  version?: string;
}

const VERSION = /^(\d+)\.(\d+)/;

/**
 * `detectTool` guesses whether Terraform or OpenTofu wrote a plan. No field says so (`terraform_version`
 * holds OpenTofu's own version), so it uses what each writes differently, most telling first:
 * - OpenTofu-only changes (`["forget","create"]`, its own action reasons), seen while reading: OpenTofu.
 * - `applyable`, `complete` or `deferred_changes` present: Terraform (OpenTofu's plan has no such fields).
 * - version below 1.6: Terraform (OpenTofu started at 1.6).
 * - version 1.8 or later with `errored` but without `applyable`: OpenTofu (both write `errored` on every
 *   plan, and Terraform has written `applyable` on every plan since 1.8).
 * - anything else (1.6 and 1.7, or a hand-trimmed plan without `errored`): unknown.
 */
export function detectTool(plan: JsonObject, openTofuSignal: boolean): PlanTool {
  const raw = plan.terraform_version;
  const version = typeof raw === "string" && raw.length > 0 && raw.length <= 64 ? raw : undefined;
  const result: PlanTool = {};
  if (version !== undefined) result.version = version;
  const tool = guessTool(plan, version, openTofuSignal);
  if (tool !== undefined) result.tool = tool;
  return result;
}

function guessTool(plan: JsonObject, version: string | undefined, openTofuSignal: boolean): PlanTool["tool"] {
  if (openTofuSignal) return "opentofu";
  if ("applyable" in plan || "complete" in plan || "deferred_changes" in plan) return "terraform";
  const match = version === undefined ? null : VERSION.exec(version);
  if (match === null) return undefined;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < 1 || (major === 1 && minor < 6)) return "terraform";
  if ((major > 1 || minor >= 8) && "errored" in plan) return "opentofu";
  return undefined;
}
