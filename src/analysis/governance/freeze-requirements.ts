import type { AirlockConfig } from "../../config/index.js";
import type { GateRequirement } from "../gate/decide-gate.js";
import { describeWhenFree } from "./describe-when-free.js";
import { parseInstant } from "./parse-instant.js";

/** The `freeze` list of a parsed config. */
export type FreezeConfig = AirlockConfig["freeze"];

/**
 * `freezeRequirements` holds a change during every active change freeze that applies to it. A freeze is
 * active when `from <= now < to` and applies when it lists one of the change's environments (names compared
 * without case), or lists none (left out or empty: every environment, and changes in no environment too).
 * Each such freeze is one unmet `wait` requirement (`freeze:<name>`, in config order, so overlapping freezes
 * are each listed) giving its name, the environments it holds, its end (exact and relative) and its reason.
 * Inactive freezes produce nothing. It fails closed: an unreadable `now`, `from` or `to` is an unmet `fail`
 * requirement, since Airlock cannot tell whether the freeze is on.
 */
export function freezeRequirements(params: { freeze: FreezeConfig; now: string; environments: readonly string[] }): GateRequirement[] {
  const now = parseInstant(params.now);
  const wanted = new Set(params.environments.map((e) => e.toLowerCase()));
  const seen = new Set<string>();
  const requirements: GateRequirement[] = [];
  params.freeze.forEach((window, i) => {
    const listed = window.environments ?? [];
    const hits = listed.length === 0 ? null : listed.filter((e) => wanted.has(e.toLowerCase()));
    if (hits !== null && hits.length === 0) return;
    const name = JSON.stringify(window.name);
    const id = seen.has(window.name) ? `freeze:${window.name}:${i}` : `freeze:${window.name}`;
    seen.add(window.name);
    const from = parseInstant(window.from);
    const to = parseInstant(window.to);
    if (now === undefined || from === undefined || to === undefined) {
      requirements.push({ id, met: false, missing: `change freeze ${name} cannot be checked: ${now === undefined ? "the evaluation time" : "its start or end"} is not an ISO 8601 date and time with a zone`, kind: "fail" });
      return;
    }
    if (!(from <= now && now < to)) return;
    const scope = hits === null ? "all environments" : hits.join(", ");
    requirements.push({ id, met: false, missing: `change freeze ${name} holds ${scope} until ${describeWhenFree({ at: to, now })}: ${oneLine(window.reason)}`, kind: "wait" });
  });
  return requirements;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
