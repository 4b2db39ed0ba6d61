import type { AirlockConfig } from "../../config/index.js";

/** The `velocity` section of a parsed config. */
export type VelocityConfig = AirlockConfig["velocity"];

/** What a velocity limit counts: every agent merge in the repository, those touching one environment, or one agent's. */
export type VelocityScope = { kind: "repository" } | { kind: "environment"; name: string } | { kind: "agent"; name: string };

/** The limits of one scope, with the section's values filled in where an override leaves them out. */
export interface ScopeLimits {
  scope: VelocityScope;
  /** The window as written in the config (`24h`). */
  window: string;
  /** Most merges in the window; null means no limit. */
  maxMerges: number | null;
  /** Most resources destroyed in the window; null means no limit. */
  maxDestroyed: number | null;
}

/**
 * `velocityScopes` lists the limits that apply to a change: the repository's, then one per environment of
 * the change that `velocity.environments` names, then one per `velocity.agents` entry naming the change's
 * agent (names compared without case). Keys an override leaves out keep the section's value; `~` (null)
 * means no limit.
 */
export function velocityScopes(params: { velocity: VelocityConfig; change: { agent: string | null; environments: readonly string[] } }): ScopeLimits[] {
  const { velocity, change } = params;
  const scopes: ScopeLimits[] = [{ scope: { kind: "repository" }, window: velocity.window, maxMerges: velocity.maxMerges, maxDestroyed: velocity.maxDestroyed }];
  const wanted = new Set(change.environments.map((e) => e.toLowerCase()));
  for (const [name, override] of Object.entries(velocity.environments)) {
    if (wanted.has(name.toLowerCase())) scopes.push(withOverride(velocity, { kind: "environment", name }, override));
  }
  const agent = change.agent?.toLowerCase();
  for (const [name, override] of Object.entries(velocity.agents)) {
    if (agent !== undefined && name.toLowerCase() === agent) scopes.push(withOverride(velocity, { kind: "agent", name }, override));
  }
  return scopes;
}

function withOverride(velocity: VelocityConfig, scope: VelocityScope, override: VelocityConfig["agents"][string]): ScopeLimits {
  return {
    scope,
    window: override.window ?? velocity.window,
    maxMerges: override.maxMerges === undefined ? velocity.maxMerges : override.maxMerges,
    maxDestroyed: override.maxDestroyed === undefined ? velocity.maxDestroyed : override.maxDestroyed,
  };
}
