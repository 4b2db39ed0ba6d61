import type { GateRequirement } from "../gate/decide-gate.js";
import { describeVelocityHold } from "./describe-velocity-hold.js";
import { measureVelocity, scopeId, type VelocityParams } from "./measure-velocity.js";
import { parseInstant } from "./parse-instant.js";

/**
 * `velocityRequirements` holds a change whose merge would pass a velocity limit: per repository, per
 * environment of the change named in `velocity.environments`, and per agent named in `velocity.agents`,
 * over the rolling window ending at `now`. A limit is passed when the merges in the window plus this one are
 * more than `maxMerges`, or the resources destroyed in the window plus this change's are more than
 * `maxDestroyed`; `~` (null) means no limit. Each passed limit is one unmet `wait` requirement
 * (`velocity:<scope>:merges` or `:destroyed`) saying the limit, the count and when it frees up. Limits that
 * are not passed produce nothing. A limit that cannot be checked (unreadable `now` or window) is an unmet
 * `fail` requirement. Counting fails closed (see `measureVelocity`).
 *
 * Only agent PRs are limited: the caller calls this for agent-authored PRs only (history holds agent merges,
 * and a human's PR must not be held by the agents' pace). With `change.agent` null, agent limits do not apply.
 */
export function velocityRequirements(params: VelocityParams): GateRequirement[] {
  const { measures, problems } = measureVelocity(params);
  const now = parseInstant(params.now) ?? Number.NaN;
  return [
    ...problems.map((p): GateRequirement => ({ id: p.id, met: false, missing: p.message, kind: "fail" })),
    ...measures
      .filter((m) => m.exceeded)
      .map((m): GateRequirement => ({ id: `${scopeId(m.scope)}:${m.metric}`, met: false, missing: describeVelocityHold(m, now), kind: "wait" })),
  ];
}
