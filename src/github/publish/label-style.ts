/** The colour (6 hex digits, no `#`) and description Airlock gives a label it creates. */
export interface LabelStyle {
  color: string;
  description: string;
}

const TIER_COLORS: Record<string, string> = { none: "c2e0c6", low: "0e8a16", medium: "fbca04", high: "d93f0b", critical: "b60205" };

/**
 * `defaultLabelStyle` styles Airlock's default labels: tiers (`…:low` … `…:critical`) from green to red,
 * tamper in red, override in blue, anything else in purple. Descriptions stay under GitHub's 100 characters.
 */
export function defaultLabelStyle(name: string): LabelStyle {
  const tier = /:(none|low|medium|high|critical)$/.exec(name)?.[1];
  if (tier !== undefined) {
    const what = name.includes("destructive") ? "Destructiveness" : name.includes("blast-radius") ? "Blast radius" : "Risk";
    return { color: TIER_COLORS[tier] ?? "5319e7", description: `${what} tier assessed by Airlock: ${tier}` };
  }
  if (name.endsWith("tamper")) return { color: "b60205", description: "Airlock found changes to governance files (tamper)" };
  if (name.endsWith("override")) return { color: "1d76db", description: "The Airlock gate was overridden by an authorised human" };
  if (name.endsWith("agent")) return { color: "5319e7", description: "Authored by an AI coding agent, as detected by Airlock" };
  return { color: "5319e7", description: "Managed by Airlock" };
}
