import { describeWhenFree } from "./describe-when-free.js";
import type { VelocityMeasure } from "./measure-velocity.js";
import type { VelocityScope } from "./velocity-scopes.js";

/**
 * `describeVelocityHold` says, in one line for the check output, which velocity limit a change would pass,
 * what is counted, and when it frees up (exactly and relative to `now`, epoch milliseconds), or why waiting
 * will not help: "velocity limit: at most 20 agent infrastructure merges per 24h in this repository, and 20
 * merged in the last 24h; frees up at 2026-11-21T15:20:00Z (in 3 h 20 min)".
 */
export function describeVelocityHold(measure: VelocityMeasure, now: number): string {
  const where = whereText(measure.scope);
  const note = measure.uncertain > 0 ? ` (counting ${measure.uncertain} with an unreadable or missing field, to be safe)` : "";
  const what =
    measure.metric === "merges"
      ? `at most ${plural(measure.limit, "agent infrastructure merge")} per ${measure.window} ${where}, and ${measure.used} merged in the last ${measure.window}${note}`
      : `at most ${plural(measure.limit, "resource")} destroyed per ${measure.window} by agent merges ${where}, ${amount(measure.used)} destroyed in the last ${measure.window}${note} and this PR destroys ${amount(measure.adding)}`;
  return `velocity limit: ${what}; ${whenText(measure, now)}`;
}

function whenText(measure: VelocityMeasure, now: number): string {
  if (measure.freeAt !== null) return `frees up at ${describeWhenFree({ at: measure.freeAt, now })}`;
  if (measure.metric === "merges" && measure.limit === 0) return "the limit is 0, so waiting will not free it up";
  if (measure.adding > measure.limit) {
    const alone = Number.isFinite(measure.adding) ? "this PR alone is over the limit" : "this PR destroys an unknown number of resources";
    return `${alone}, so waiting will not free it up: split the change`;
  }
  return "waiting will not free it up: merges with an unreadable date count until the merge history is fixed";
}

function whereText(scope: VelocityScope): string {
  if (scope.kind === "repository") return "in this repository";
  return scope.kind === "environment" ? `touching ${scope.name}` : `by ${scope.name}`;
}

function amount(count: number): string {
  return Number.isFinite(count) ? String(count) : "an unknown number";
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
