import { describe, expect, it } from "vitest";
import { formatConfigDiagnostics, parseConfig } from "../../src/config/index.js";
import { listConfigFixtures, loadConfigFixture } from "./load-config-fixture.js";

function report(name: string): string {
  const result = parseConfig({ text: loadConfigFixture("invalid", name), source: ".github/airlock.yml" });
  if (result.ok) throw new Error(`fixture ${name} parsed as valid`);
  return formatConfigDiagnostics(result.diagnostics);
}

const TESTED = [
  "approvals-out-of-range",
  "autonomous-production",
  "bad-catalogue",
  "bad-datetime",
  "bad-duration",
  "bad-glob",
  "bad-team-name",
  "bad-tier",
  "bad-yaml",
  "conflicting-accounts",
  "conflicting-weights",
  "decreasing-counts",
  "duplicate-agent",
  "duplicate-environment",
  "duplicate-key",
  "duplicate-label",
  "duration-too-long",
  "env-override-decreasing",
  "freeze-order",
  "label-outside-namespace",
  "label-too-long",
  "merge-key",
  "missing-key",
  "multiple-documents",
  "not-a-mapping",
  "reserved-environment",
  "slow-glob",
  "teams-without-approvals",
  "too-many-globs",
  "unknown-environment",
  "unknown-key",
  "wrong-type",
  "yaml-bomb",
];

describe("invalid config fixtures", () => {
  it("has a test for every fixture in fixtures/config/invalid", () => {
    expect(listConfigFixtures("invalid")).toEqual([...TESTED].sort());
  });

  it("approvals-out-of-range", () => {
    expect(report("approvals-out-of-range")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 approvals.byTier.high: expected a number ≤ 10, received 11
      .github/airlock.yml:5:5 approvals.byTier.critical: expected a whole number, received 2.5
      .github/airlock.yml:7:3 tamper.approvals: expected a number ≥ 0, received -1"
    `);
  });

  it("autonomous-production", () => {
    expect(report("autonomous-production")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:5 environments[0].autonomous: only \`sandbox\` environments can be autonomous, and \`production\` has tier \`production\`"
    `);
  });

  it("bad-catalogue", () => {
    expect(report("bad-catalogue")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 scoring.catalogue.acme_database: expected one of \`data\`, \`storage\`, \`encryption\`, \`secrets\`, \`identity\`, \`network\`, \`dns\`, \`compute\`, \`messaging\`, \`observability\`, \`container-platform\`, \`organization\`, \`other\`, received "database"
      .github/airlock.yml:5:5 scoring.catalogue["not a type"]: invalid key "not a type": expected a resource type (like \`aws_db_instance\` or \`AWS::RDS::DBInstance\`)"
    `);
  });

  it("bad-datetime", () => {
    expect(report("bad-datetime")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 freeze[0].from: expected an ISO 8601 date and time with a time zone, like \`2026-12-24T00:00:00Z\`, received "2026-12-19"
      .github/airlock.yml:5:5 freeze[0].to: expected an ISO 8601 date and time with a time zone, like \`2026-12-24T00:00:00Z\`, received "2027-01-04 00:00""
    `);
  });

  it("bad-duration", () => {
    expect(report("bad-duration")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:3 velocity.window: expected a duration like \`24h\` or \`7d\` (a whole number, then \`m\`, \`h\`, \`d\` or \`w\`), received "1 day"
      .github/airlock.yml:6:7 velocity.agents.copilot.window: expected a duration like \`24h\` or \`7d\` (a whole number, then \`m\`, \`h\`, \`d\` or \`w\`), received "24hours""
    `);
  });

  it("bad-glob", () => {
    expect(report("bad-glob")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:9 environments[0].paths[0]: invalid glob "!envs/dev/**": negation (\`!\`) is not supported: list the paths to match
      .github/airlock.yml:7:9 environments[0].paths[1]: invalid glob "/envs/prod/**": paths are relative to the repository root: drop the leading \`/\` or \`./\`
      .github/airlock.yml:8:9 environments[0].paths[2]: invalid glob "envs\\\\prod\\\\**": \`\\\` is not supported: separate folders with \`/\`
      .github/airlock.yml:9:9 environments[0].paths[3]: invalid glob "envs/{prod,production": it has a \`{\` without a matching \`}\`
      .github/airlock.yml:10:9 environments[0].paths[4]: invalid glob "envs/{1..3}/**": brace ranges like \`{1..3}\` are not supported: list the values, \`{1,2,3}\`
      .github/airlock.yml:11:9 environments[0].paths[5]: invalid glob "envs/@(prod|live)/**": extglobs like \`@(a|b)\` are not supported: use braces, \`{a,b}\`"
    `);
  });

  it("bad-team-name", () => {
    expect(report("bad-team-name")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:12 approvals.teams.high[0]: expected a team as \`org/slug\` (like \`acme/platform\`, without \`@\`), received "@acme/platform"
      .github/airlock.yml:4:30 approvals.teams.high[1]: expected a team as \`org/slug\` (like \`acme/platform\`, without \`@\`), received "platform""
    `);
  });

  it("bad-tier", () => {
    expect(report("bad-tier")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 environments[0].tier: expected one of \`production\`, \`staging\`, \`sandbox\`, received "prod" (did you mean \`production\`?)
      .github/airlock.yml:7:19 plans.require.tiers[1]: expected one of \`none\`, \`low\`, \`medium\`, \`high\`, \`critical\`, received "severe""
    `);
  });

  it("bad-yaml", () => {
    expect(report("bad-yaml")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:5:1 invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]"
    `);
  });

  it("conflicting-accounts", () => {
    expect(report("conflicting-accounts")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:14 agents.alwaysAgent.logins[0]: \`acme-agent\` is in both \`alwaysAgent\` and \`neverAgent\`
      .github/airlock.yml:5:11 agents.alwaysAgent.ids[0]: id 4242 is in both \`alwaysAgent\` and \`neverAgent\`"
    `);
  });

  it("conflicting-weights", () => {
    expect(report("conflicting-weights")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:5:5 scoring.weights["reach.backend"]: \`reach\` is set as a number, but \`reach.backend\` makes it a group: set only its members"
    `);
  });

  it("decreasing-counts", () => {
    expect(report("decreasing-counts")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:5:5 approvals.byTier.high: \`high\` requires 1 approval but \`medium\` requires 2: counts must not decrease as the tier rises"
    `);
  });

  it("duplicate-agent", () => {
    expect(report("duplicate-agent")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:7 agents.registry[1].name: agent \`Acme-Bot\` is listed twice"
    `);
  });

  it("duplicate-environment", () => {
    expect(report("duplicate-environment")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:5 environments[1].name: environment \`production\` is defined twice"
    `);
  });

  it("duplicate-key", () => {
    expect(report("duplicate-key")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:1 invalid YAML: key \`mode\` appears twice in the same mapping"
    `);
  });

  it("duplicate-label", () => {
    expect(report("duplicate-label")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:3 labels.override: it writes the same label as \`labels.tamper\`"
    `);
  });

  it("duration-too-long", () => {
    expect(report("duration-too-long")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:3 velocity.window: window "13w" is longer than 90 days (\`90d\`)"
    `);
  });

  it("env-override-decreasing", () => {
    expect(report("env-override-decreasing")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:8:9 environments[0].approvals.byTier.critical: \`critical\` requires 1 approval but \`high\` requires 2: counts must not decrease as the tier rises"
    `);
  });

  it("freeze-order", () => {
    expect(report("freeze-order")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:5:5 freeze[0].to: freeze \`holidays\` must end after it starts: \`to\` (2026-12-19T00:00:00Z) is not after \`from\` (2027-01-04T00:00:00Z)"
    `);
  });

  it("label-outside-namespace", () => {
    expect(report("label-outside-namespace")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:3 labels.agent: label "ai-agent" is outside the namespace "airlock/": Airlock only manages labels that start with it
      .github/airlock.yml:4:3 labels.tamper: label "security/tamper" is outside the namespace "airlock/": Airlock only manages labels that start with it"
    `);
  });

  it("label-too-long", () => {
    expect(report("label-too-long")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:3 labels.destructivePrefix: label prefix "airlock/destructiveness-of-this-infra-change:" is 45 characters; with a tier (\`critical\`) it must fit GitHub's 50, so at most 42"
    `);
  });

  it("merge-key", () => {
    expect(report("merge-key")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:2:1 base: unknown key \`base\`
      .github/airlock.yml:5:3 approvals["<<"]: unknown key \`<<\`: YAML merge keys are not supported, write the keys out"
    `);
  });

  it("missing-key", () => {
    expect(report("missing-key")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:5 environments[0].tier: missing required key \`tier\`
      .github/airlock.yml:5:5 environments[1].name: missing required key \`name\`"
    `);
  });

  it("multiple-documents", () => {
    expect(report("multiple-documents")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:1 invalid YAML: the file holds several documents (\`---\`); keep one"
    `);
  });

  it("not-a-mapping", () => {
    expect(report("not-a-mapping")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:2:1 expected a mapping, received a list"
    `);
  });

  it("reserved-environment", () => {
    expect(report("reserved-environment")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:5 environments[0].name: \`unknown\` is reserved for files that match no environment"
    `);
  });

  it("slow-glob", () => {
    expect(report("slow-glob")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:7 tamper.paths[0]: invalid glob "**/a/**/b/**": it has more than 2 \`**\`, which makes matching slow
      .github/airlock.yml:5:7 tamper.paths[1]: invalid glob "policies/*a*b*": it has more than 2 \`*\` in one folder name, which makes matching slow
      .github/airlock.yml:6:7 tamper.paths[2]: invalid glob "*a*/*b*/*.json": it has more than 4 wildcards (\`*\`, \`**\`), which makes matching slow"
    `);
  });

  it("teams-without-approvals", () => {
    expect(report("teams-without-approvals")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 approvals.teams.none: teams are required at \`none\` but \`byTier.none\` is 0: require at least 1 approval there"
    `);
  });

  it("too-many-globs", () => {
    expect(report("too-many-globs")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:10:45 tamper.paths[90]: too many globs: 210 in all (environment and tamper paths), at most 200"
    `);
  });

  it("unknown-environment", () => {
    expect(report("unknown-environment")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:6:20 freeze[0].environments[0]: no environment is named \`prodution\` (did you mean \`production\`?)
      .github/airlock.yml:10:5 velocity.environments.stagging: no environment is named \`stagging\` (did you mean \`staging\`?)"
    `);
  });

  it("unknown-key", () => {
    expect(report("unknown-key")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:3 approvals.byTeir: unknown key \`byTeir\` (did you mean \`byTier\`?)
      .github/airlock.yml:5:3 approvals.requireWritePermissions: unknown key \`requireWritePermissions\` (did you mean \`requireWritePermission\`?)
      .github/airlock.yml:7:3 labels.colour: unknown key \`colour\` (expected one of \`enabled\`, \`namespace\`, \`agent\`, \`blastRadiusPrefix\`, \`destructivePrefix\`, \`tamper\`, \`override\`, \`wouldBlock\`)"
    `);
  });

  it("wrong-type", () => {
    expect(report("wrong-type")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:4:5 approvals.byTier.high: expected a number, received "two"
      .github/airlock.yml:5:3 approvals.codeOwners: expected \`true\` or \`false\`, received "yes"
      .github/airlock.yml:7:3 tamper.paths: expected a list, received ".github/rulesets/**""
    `);
  });

  it("yaml-bomb", () => {
    expect(report("yaml-bomb")).toMatchInlineSnapshot(`
      "Invalid config in .github/airlock.yml:
      .github/airlock.yml:3:8 YAML aliases expand past 100 nodes; write the values out instead of nesting aliases"
    `);
  });
});
