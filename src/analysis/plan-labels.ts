import type { Tier } from "../model/score.js";

/** Label names Airlock manages. Every name lives in Airlock's namespace, so Airlock never touches others' labels. */
export interface LabelNames {
  agent: string;
  blastRadiusPrefix: string;
  destructivePrefix: string;
  tamper: string;
  override: string;
}

/** The documented default label names. */
export const DEFAULT_LABEL_NAMES: LabelNames = {
  agent: "airlock/agent",
  blastRadiusPrefix: "airlock/blast-radius:",
  destructivePrefix: "airlock/destructive:",
  tamper: "airlock/tamper",
  override: "airlock/override",
};

/**
 * `planLabels` returns the labels a PR should carry: the agent label for agent PRs, both score tiers when the
 * PR touches infrastructure (tier `none` included, so a stale `high` label is always replaced), tamper and override.
 */
export function planLabels(params: {
  names: LabelNames;
  isAgent: boolean;
  infraTouched: boolean;
  destructiveness: Tier;
  blastRadius: Tier;
  tamper: boolean;
  overridden: boolean;
}): string[] {
  const { names } = params;
  const labels: string[] = [];
  if (params.isAgent) labels.push(names.agent);
  if (params.infraTouched) {
    labels.push(`${names.blastRadiusPrefix}${params.blastRadius}`, `${names.destructivePrefix}${params.destructiveness}`);
  }
  if (params.tamper) labels.push(names.tamper);
  if (params.overridden) labels.push(names.override);
  return labels;
}
