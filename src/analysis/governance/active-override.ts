import { parseInstant } from "./parse-instant.js";

/** A recorded break-glass override: who opened the gate for which head SHA, when and why. */
export interface RecordedOverride {
  headSha: string;
  login: string;
  reason: string;
  at: string;
}

/**
 * `activeOverride` finds the override that opens the gate for `headSha`: an override holds for the exact
 * head SHA it was given on (compared without case), so a later push closes the gate again. The overrides
 * passed in must already be authorised (as recorded in the audit trail). When several match, the earliest
 * (the one that opened the gate) is returned; overrides with an unreadable `at` rank last. Null when none.
 */
export function activeOverride(params: { overrides: readonly RecordedOverride[]; headSha: string }): Omit<RecordedOverride, "headSha"> | null {
  const sha = params.headSha.toLowerCase();
  if (sha === "") return null;
  let best: RecordedOverride | null = null;
  for (const override of params.overrides) {
    if (override.headSha.toLowerCase() !== sha) continue;
    if (best === null || earlier(override.at, best.at)) best = override;
  }
  return best === null ? null : { login: best.login, reason: best.reason, at: best.at };
}

function earlier(a: string, b: string): boolean {
  return (parseInstant(a) ?? Infinity) < (parseInstant(b) ?? Infinity);
}
