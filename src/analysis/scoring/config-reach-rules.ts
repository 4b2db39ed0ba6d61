import type { ConfigChange, ConfigChangeKind } from "../../model/resource-change.js";
import type { ScoreReason } from "../../model/score.js";
import type { ScoringWeights } from "./scoring-weights.js";

type Weighted = "moduleSource" | "moduleVersion" | "provider" | "requiredProviders" | "backend";

/** Config change kinds that reach many resources at once, their weight, and what to tell the reviewer. */
const REACHING: Partial<Record<ConfigChangeKind, { weight: Weighted; say: (address: string) => string }>> = {
  "module-source": { weight: "moduleSource", say: (a) => `${a} now comes from another source: every resource in the module may change. Review the new module's code and pin its version` },
  "module-version": { weight: "moduleVersion", say: (a) => `${a} moves to another version: its resources may change. Read the module's changelog` },
  provider: { weight: "provider", say: (a) => `${a} configuration changes: every resource it manages may move to another account, region or identity. Check the provider settings with a human` },
  "provider-removed": { weight: "provider", say: (a) => `${a} is removed: resources that still use it can no longer be planned or destroyed cleanly. Move them first` },
  "required-providers": { weight: "requiredProviders", say: (a) => `Provider requirements change (${a}): an upgrade can change how every resource of the provider is planned. Read the provider's changelog` },
  backend: { weight: "backend", say: (a) => `The backend changes (${a}): state moves or is read from elsewhere, and a wrong backend makes the plan look like create-everything or destroy-everything. Have a human check the state migration` },
};

/**
 * `configReachReasons` scores configuration changes that reach many resources: module sources and versions,
 * providers and backend one by one, and changed or removed outputs together (new outputs break no one).
 */
export function configReachReasons(configChanges: readonly ConfigChange[], weights: ScoringWeights): ScoreReason[] {
  const reasons: ScoreReason[] = [];
  const outputs = configChanges.filter((c) => c.kind === "output" && c.before !== null).map((c) => c.address);
  if (outputs.length > 0 && weights.reach.output > 0) {
    const names = outputs.slice(0, 5).join(", ") + (outputs.length > 5 ? `, and ${outputs.length - 5} more` : "");
    reasons.push({ rule: "config.output", message: `Outputs change (${names}): other stacks that read them through remote state may break. Check their consumers.`, points: weights.reach.output });
  }
  for (const change of configChanges) {
    const rule = REACHING[change.kind];
    if (rule === undefined) continue;
    const points = weights.reach[rule.weight];
    if (points <= 0) continue;
    const note = change.source === "hcl" ? " (static diff: no plan)" : "";
    reasons.push({ rule: `config.${change.kind}`, address: change.address, message: `${rule.say(change.address)}.${note}`, points });
  }
  return reasons;
}
