import { describe, expect, it } from "vitest";
import { scoreBlastRadius } from "../../../src/analysis/scoring/index.js";
import { tierRank, type Score, type Tier } from "../../../src/model/index.js";
import { aChange, aConfigChange, aFanOut, aGraph, aReplace, aRoot, anError, blastInput, manyChanges } from "../../helpers/changes.js";

const openSsh = { ingress: [{ cidr_blocks: ["0.0.0.0/0"], ipv6_cidr_blocks: [], from_port: 22, to_port: 22, protocol: "tcp" }] };
const adminAttachment = aChange({ type: "aws_iam_role_policy_attachment", action: "create", after: { role: "ci", policy_arn: "arn:aws:iam::aws:policy/AdministratorAccess" } });

function atLeast(score: Score, tier: Tier): boolean {
  return tierRank(score.tier) >= tierRank(tier);
}

describe("scoreBlastRadius: required outcomes", () => {
  it("creating only new stateless resources is low", () => {
    const result = scoreBlastRadius(blastInput({ changes: [aChange({ type: "aws_lambda_function", action: "create" }), aChange({ type: "aws_cloudwatch_log_group", action: "create" })] }));
    expect(result.tier).toBe("low");
  });

  it("a moved resource is low", () => {
    const result = scoreBlastRadius(blastInput({ changes: [aChange({ type: "aws_db_instance", action: "move", previousAddress: "aws_db_instance.old" })] }));
    expect(result.tier).toBe("low");
    expect(result.reasons.map((r) => r.rule)).toEqual(["reach.moved"]);
  });

  it("drift alone scores nothing, even in production", () => {
    const result = scoreBlastRadius(blastInput({ changes: [aChange({ type: "aws_vpc", action: "delete", drift: true })], environments: [{ name: "prod", tier: "production" }] }));
    expect(result).toEqual({ score: 0, tier: "none", reasons: [] });
  });

  it("an unparseable plan is at least high", () => {
    const result = scoreBlastRadius(blastInput({ diagnostics: [anError("plans/prod.json")], roots: [aRoot({ name: "plans/prod.json", complete: false })] }));
    expect(atLeast(result, "high")).toBe(true);
    expect(result.reasons[0]?.rule).toBe("unknown.input");
  });

  it.each([
    ["a security group opened to 0.0.0.0/0 on port 22", aChange({ type: "aws_security_group", action: "create", after: openSsh })],
    ["a security group rule opened to ::/0 on 443", aChange({ type: "aws_security_group_rule", action: "create", after: { type: "ingress", ipv6_cidr_blocks: ["::/0"], from_port: 443, to_port: 443, protocol: "tcp" } })],
    ["an AdministratorAccess attachment", adminAttachment],
  ])("%s raises blast radius to at least medium", (_name, change) => {
    expect(atLeast(scoreBlastRadius(blastInput({ changes: [change] })), "medium")).toBe(true);
  });

  it("production raises blast radius above the same change elsewhere", () => {
    const changes = [aChange({ type: "aws_instance" })];
    const sandbox = scoreBlastRadius(blastInput({ changes, environments: [{ name: "dev", tier: "sandbox" }] }));
    const production = scoreBlastRadius(blastInput({ changes, environments: [{ name: "prod", tier: "production" }] }));
    expect(production.score).toBeGreaterThan(sandbox.score);
    expect(production.reasons.map((r) => r.rule)).toContain("environment.production");
  });

  it("a VPC replaced with 20 dependents is high", () => {
    const result = scoreBlastRadius(blastInput({ changes: [aReplace("aws_vpc", { address: "aws_vpc.main" })], graph: aFanOut("aws_vpc.main", 20) }));
    expect(result.tier).toBe("high");
    const rules = result.reasons.map((r) => r.rule);
    expect(rules).toEqual(expect.arrayContaining(["reach.dependents", "reach.replaced-dependents", "reach.category.network"]));
    expect(result.reasons.find((r) => r.rule === "reach.replaced-dependents")?.message).toContain("20 resources depend on it");
  });

  it("50k deletes give a bounded reason list", () => {
    const changes = manyChanges(50_000, (i) => ({ type: "aws_security_group_rule", address: `aws_security_group_rule.r[${i}]`, action: "delete" }));
    const result = scoreBlastRadius(blastInput({ changes }));
    expect(result.reasons.length).toBeLessThan(50);
  });
});

describe("scoreBlastRadius: reach", () => {
  it("counts dependents once over the union, excluding the changed resources and pass-through nodes", () => {
    const graph = aGraph(
      [
        ["aws_subnet.a", "aws_vpc.main"],
        ["aws_subnet.b", "aws_vpc.main"],
        ["var.subnet", "aws_subnet.a"],
        ["aws_instance.x", "var.subnet"],
        ["aws_instance.x", "aws_subnet.b"],
      ],
      { passThrough: ["var.subnet"] },
    );
    const changes = [aChange({ type: "aws_vpc", address: "aws_vpc.main" }), aChange({ type: "aws_subnet", address: "aws_subnet.a" })];
    const reason = scoreBlastRadius(blastInput({ changes, graph })).reasons.find((r) => r.rule === "reach.dependents");
    expect(reason?.message).toMatch(/^2 resources in the configuration depend on the 2 changed ones/);
    expect(reason?.points).toBe(10);
  });

  it.each<[string, Parameters<typeof blastInput>[0], string, number]>([
    ["one extra root", { changes: [aChange({ root: "a" }), aChange({ root: "b" })] }, "reach.roots", 5],
    ["extra roots are capped", { changes: ["a", "b", "c", "d", "e", "f"].map((root) => aChange({ root })) }, "reach.roots", 15],
    ["a module source change", { configChanges: [aConfigChange({ kind: "module-source" })] }, "config.module-source", 15],
    ["a module version change", { configChanges: [aConfigChange({ kind: "module-version" })] }, "config.module-version", 10],
    ["a provider change", { configChanges: [aConfigChange({ kind: "provider", address: "provider.aws" })] }, "config.provider", 20],
    ["a backend change", { configChanges: [aConfigChange({ kind: "backend", address: "terraform.backend" })] }, "config.backend", 20],
    ["two tampered file groups", { tamperedFiles: [".github/workflows/a.yml", ".github/workflows/b.yml", "CODEOWNERS"] }, "tamper.files", 60],
    ["an environment of unknown tier", { changes: [aChange()], environments: [{ name: "qa-7", tier: "unknown" }] }, "environment.unknown", 5],
    ["an identity change touches the identity hub category", { changes: [aChange({ type: "aws_iam_role" })] }, "reach.category.identity", 15],
  ])("%s", (_name, input, rule, points) => {
    const result = scoreBlastRadius(blastInput(input));
    expect(result.reasons.filter((r) => r.rule === rule).reduce((sum, r) => sum + r.points, 0)).toBe(points);
  });

  it("counts changed and removed outputs once, and ignores new ones", () => {
    const outputs = [
      aConfigChange({ kind: "output", address: "output.db_endpoint", source: "plan", before: "a", after: "b" }),
      aConfigChange({ kind: "output", address: "output.vpc_id", source: "plan", before: "vpc-1" }),
      aConfigChange({ kind: "output", address: "output.new", source: "plan", before: null, after: "x" }),
    ];
    const reasons = scoreBlastRadius(blastInput({ configChanges: outputs })).reasons.filter((r) => r.rule === "config.output");
    expect(reasons).toHaveLength(1);
    expect(reasons[0]?.points).toBe(5);
    expect(reasons[0]?.message).toContain("output.db_endpoint, output.vpc_id)");
  });

  it("creates do not count toward hub categories or dependents", () => {
    const result = scoreBlastRadius(blastInput({ changes: [aChange({ type: "aws_vpc", address: "aws_vpc.main", action: "create" })], graph: aFanOut("aws_vpc.main", 5) }));
    expect(result.reasons.map((r) => r.rule)).toEqual(["reach.created"]);
  });

  it("explains every point", () => {
    const result = scoreBlastRadius(
      blastInput({
        changes: [aReplace("aws_vpc", { address: "aws_vpc.main" }), adminAttachment],
        graph: aFanOut("aws_vpc.main", 40),
        environments: [{ name: "prod", tier: "production" }],
      }),
    );
    expect(result.score).toBe(100);
    expect(result.reasons.reduce((sum, r) => sum + r.points, 0)).toBeGreaterThanOrEqual(result.score);
  });
});
