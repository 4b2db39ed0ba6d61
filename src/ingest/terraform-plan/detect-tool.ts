import type { JsonObject } from "./plan-json.js";

/** Which program wrote a plan, and its version, as far as the plan tells. */
export interface PlanTool {
  tool?: "terraform" | "opentofu";
  version?: string;
}

/**
 * The top-level fields of a plan that tell its tool apart, read up front so the parsed plan itself need not
 * be kept while its changes are read: `version` (`terraform_version`, when a plausible string),
 * `terraformOnly` (`applyable`, `complete` or `deferred_changes` present), `errored` (`errored` present).
 */
export interface ToolHints {
  version: string | undefined;
  terraformOnly: boolean;
  errored: boolean;
}

const VERSION = /^(\d+)\.(\d+)/;

/** `readToolHints` reads the fields `detectTool` needs from a plan's top level. */
export function readToolHints(plan: JsonObject): ToolHints {
  const raw = plan.terraform_version;
  return {
    version: typeof raw === "string" && raw.length > 0 && raw.length <= 64 ? raw : undefined,
    terraformOnly: "applyable" in plan || "complete" in plan || "deferred_changes" in plan,
    errored: "errored" in plan,
  };
}

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
export function detectTool(hints: ToolHints, openTofuSignal: boolean): PlanTool {
  const result: PlanTool = {};
  if (hints.version !== undefined) result.version = hints.version;
  const tool = guessTool(hints, openTofuSignal);
  if (tool !== undefined) result.tool = tool;
  return result;
}

function guessTool(hints: ToolHints, openTofuSignal: boolean): PlanTool["tool"] {
  if (openTofuSignal) return "opentofu";
  if (hints.terraformOnly) return "terraform";
  const match = hints.version === undefined ? null : VERSION.exec(hints.version);
  if (match === null) return undefined;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  if (major < 1 || (major === 1 && minor < 6)) return "terraform";
  if ((major > 1 || minor >= 8) && hints.errored) return "opentofu";
  return undefined;
}
