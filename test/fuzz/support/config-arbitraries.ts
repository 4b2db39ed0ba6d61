import fc from "fast-check";
import { stringify } from "yaml";
import { hostileText } from "./hostile-text.js";

/**
 * `.github/airlock.yml` texts built from the schema's keys. A valid config respects every rule across keys
 * (approvals that never decrease with the tier, unique environment names, labels in their namespace, freezes
 * that end after they start, references to environments that exist); damage then sets a known key to a wrong
 * value or adds an unknown key; text edits break the YAML itself.
 */

const GLOBS = ["envs/prod/**", "**/prod/**", "infra/{prod,live}/**", "stacks/*-prod/**", "*.tf", "envs/staging/*/main.tf", "live/[ab]/**"];
const ENVIRONMENTS = [
  { name: "production", tier: "production" },
  { name: "staging", tier: "staging" },
  { name: "sandbox", tier: "sandbox" },
  { name: "dev-1", tier: "sandbox" },
] as const;

const approvals = fc
  .record({ counts: fc.array(fc.nat(2), { minLength: 5, maxLength: 5 }), team: fc.boolean(), flags: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), bind: fc.constantFrom("commit", "plan") })
  .map(({ counts, team, flags, bind }) => {
    let total = 0;
    const [none, low, medium, high, critical] = counts.map((c) => (total += c));
    const byTier = { none, low, medium, high, critical };
    const teams = team && (high ?? 0) >= 1 ? { high: ["acme/platform"] } : {};
    const [codeOwners, requesterMayApprove, authorMayApprove, dismissStale, requireWritePermission] = flags;
    return { byTier, teams, codeOwners, requesterMayApprove, authorMayApprove, dismissStale, bind, requireWritePermission };
  });

const environments = fc
  .tuple(
    ...ENVIRONMENTS.map((env) =>
      fc.record({ keep: fc.boolean(), paths: fc.subarray(GLOBS, { maxLength: 3 }), requirePlan: fc.option(fc.boolean(), { nil: undefined }), autonomous: fc.boolean() }).map(({ keep, paths, requirePlan, autonomous }) => ({
        keep,
        env: {
          ...env,
          paths,
          workspaces: [env.name],
          ...(requirePlan === undefined ? {} : { requirePlan }),
          ...(autonomous && env.tier === "sandbox" ? { autonomous: { maxTier: "low" } } : {}),
        },
      })),
    ),
  )
  .map((list) => {
    const kept = list.filter((e) => e.keep).map((e) => e.env);
    return kept.length > 0 ? kept : list.slice(0, 1).map((e) => e.env);
  });

const labels = fc.constantFrom("airlock/", "ai:", "gate-").map((ns) => ({
  namespace: ns,
  agent: `${ns}agent`,
  blastRadiusPrefix: `${ns}blast-radius:`,
  destructivePrefix: `${ns}destructive:`,
  tamper: `${ns}tamper`,
  override: `${ns}override`,
  wouldBlock: `${ns}would-block`,
}));

/** A config every rule accepts, as a plain object (keys left out keep their defaults). */
export const validConfig: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      mode: fc.constantFrom("enforce", "shadow"),
      gate: fc.constantFrom("agents", "all"),
      agents: fc.constant({ minimumConfidence: "possible", alwaysAgent: { logins: ["my-agent[bot]"], ids: [42] }, registry: [{ name: "acme-bot", botIds: [123], branchPrefixes: ["acme/"] }] }),
      environments,
      approvals,
      tamper: fc.constant({ paths: ["ops/**"], securityTeams: ["acme/security"], approvals: 1 }),
      labels,
      comment: fc.record({ enabled: fc.boolean(), diagram: fc.boolean() }),
      plans: fc.constant({ workflow: ".github/workflows/plan.yml", artifactPrefix: "plan", require: { tiers: ["high"], environmentTiers: ["production"] }, maxPlanBytes: 1_048_576 }),
      override: fc.constant({ teams: ["acme/sre"], minReasonLength: 20 }),
      scoring: fc.constant({ weights: { "destroy.stateful": 90 }, catalogue: { acme_database: "data" } }),
      freeze: fc.boolean(),
      velocity: fc.boolean(),
    },
    { noNullPrototype: true, requiredKeys: [] },
  )
  .map((config) => {
    const names = ((config.environments as { name: string }[] | undefined) ?? ENVIRONMENTS).map((e) => e.name);
    const out: Record<string, unknown> = { ...config };
    out.freeze = config.freeze === true ? [{ name: "eoy", from: "2026-12-19T00:00:00Z", to: "2027-01-02T00:00:00+01:00", environments: names.slice(0, 1), reason: "holidays" }] : undefined;
    out.velocity = config.velocity === true ? { window: "7d", maxMerges: 5, maxDestroyed: null, environments: { [names[0] as string]: { maxMerges: 2 } }, agents: { copilot: { window: "24h" } } } : undefined;
    for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
    return out;
  });

/** Places where damage lands: known keys at several depths (list indexes may not exist: then it adds). */
const PATHS: (string | number)[][] = [
  ["mode"], ["gate"], ["agents"], ["agents", "registry", 0, "name"], ["agents", "alwaysAgent", "logins", 0], ["environments"], ["environments", 0, "name"],
  ["environments", 0, "tier"], ["environments", 0, "paths", 0], ["environments", 1, "autonomous"], ["approvals", "byTier", "high"], ["approvals", "teams", "low"],
  ["approvals", "bind"], ["tamper", "paths", 0], ["tamper", "securityTeams", 0], ["labels", "namespace"], ["labels", "agent"], ["labels", "destructivePrefix"], ["comment"],
  ["plans", "workflow"], ["plans", "maxPlanBytes"], ["override", "minReasonLength"], ["velocity", "window"], ["velocity", "environments", "nowhere"], ["freeze", 0, "to"],
  ["scoring", "weights", "destroy"], ["scoring", "catalogue", "Bad Type"], ["_extends"], ["unknownKey"], ["labels", "colour"],
];

const WRONG: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 11, 1.5, 1e300, "", " x ", [], {}, "unknown", "production", "sandbox", "@acme/team", "**/*a*a*a*b", "{a,{b,{c,d}}}", "../x", "!x/**", "90000d", "2026-13-01", "airlock/", "<<"),
  fc.integer({ min: 40, max: 80 }).map((n) => `airlock/${"x".repeat(n)}`),
  hostileText(4),
);

/** Sets `path` in a copy of `config` to `value`, creating what is missing. */
function setPath(config: Record<string, unknown>, path: readonly (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(config);
  let node: Record<string | number, unknown> = copy;
  path.forEach((step, i) => {
    if (i === path.length - 1) node[step] = value;
    else {
      const next = node[step];
      node[step] = typeof next === "object" && next !== null ? next : typeof path[i + 1] === "number" ? [] : {};
      node = node[step] as Record<string | number, unknown>;
    }
  });
  return copy;
}

/** A config object and whether damage was done to it. */
export const configValue: fc.Arbitrary<{ value: unknown; damaged: boolean }> = fc
  .record({ config: validConfig, damage: fc.array(fc.tuple(fc.constantFrom(...PATHS), WRONG), { maxLength: 3 }), root: fc.nat(40) })
  .map(({ config, damage, root }) => {
    if (root === 0) return { value: ["not", "a", "mapping"], damaged: true };
    if (root === 1) return { value: "just a string", damaged: true };
    return { value: damage.reduce((c, [path, wrong]) => setPath(c, path, wrong), config), damaged: damage.length > 0 };
  });

/** `yamlText` writes a config value as YAML, in one of a few styles. */
export function yamlText(value: unknown, style: number): string {
  if (style === 0) return JSON.stringify(value);
  if (style === 1) return stringify(value, { indent: 4, defaultStringType: "QUOTE_DOUBLE" });
  return stringify(value);
}

/** YAML-significant tokens for text mutations. */
export const YAML_TOKENS = [":", ": ", "- ", "\n", "\n  ", "\t", "&a ", "*a", "!!str ", "!!binary ", "{", "}", "[", "]", '"', "'", "#", "|", ">", "---\n", "...\n", "%YAML 1.1\n", "? ", "<<: *a", "\u0000", "\ufeff"];
