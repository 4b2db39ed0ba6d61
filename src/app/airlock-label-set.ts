import type { AirlockConfig } from "../config/index.js";
import { defaultLabelStyle, type LabelStyle } from "../github/index.js";
import { TIERS } from "../model/score.js";

/**
 * `airlockLabelSet` lists every label Airlock can write under a label config, with its colour and description:
 * the agent label, both score prefixes with each tier, tamper, override and would-block.
 */
export function airlockLabelSet(labels: AirlockConfig["labels"]): { name: string; style: LabelStyle }[] {
  const names = [
    labels.agent,
    ...TIERS.map((tier) => `${labels.destructivePrefix}${tier}`),
    ...TIERS.map((tier) => `${labels.blastRadiusPrefix}${tier}`),
    labels.tamper,
    labels.override,
    labels.wouldBlock,
  ];
  return [...new Set(names)].map((name) => ({ name, style: defaultLabelStyle(name) }));
}
