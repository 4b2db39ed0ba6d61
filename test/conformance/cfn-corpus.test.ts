import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { diffCloudFormation, pairCloudAssemblies, parseTemplateText, readCloudAssembly, type TemplatePair } from "../../src/ingest/cloudformation/index.js";
import type { IngestResult } from "../../src/model/index.js";
import { repoRoot } from "../helpers/terraform.js";

const cfnDir = path.join(path.resolve(repoRoot, "../shared/corpus"), "cfn");
const describeCorpus = existsSync(cfnDir) ? describe : describe.skip;

const dirs = (under: string) => (existsSync(under) ? readdirSync(under, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);

/** Parses one corpus template, with its resource lines. */
function read(file: string): { template: unknown; lines: Record<string, number> } {
  const parsed = parseTemplateText({ path: file, text: readFileSync(path.join(cfnDir, file), "utf8") });
  if ("diagnostic" in parsed) throw new Error(`${file}: ${parsed.diagnostic.message}`);
  return { template: parsed.template, lines: parsed.resourceLines };
}

/** A corpus pair as diffCloudFormation input: `before.X` / `after.X`, and a nested stack's parent when the pair has one. */
function pairOf(name: string): TemplatePair {
  const files = readdirSync(path.join(cfnDir, "pairs", name)).sort();
  const file = (prefix: string) => {
    const found = files.find((f) => f.startsWith(prefix));
    if (found === undefined) throw new Error(`pair ${name} has no ${prefix} file`);
    return `pairs/${name}/${found}`;
  };
  const before = read(file("before."));
  const after = read(file("after."));
  const stack = name;
  if (!files.some((f) => f.startsWith("parent."))) return { path: file("after."), stack, base: before.template, head: after.template, baseLines: before.lines, headLines: after.lines };
  // The corpus keeps one parent template (unchanged) and the nested template before and after.
  const parent = read(file("parent."));
  const resources = (parent.template as { Resources: Record<string, { Type: string }> }).Resources;
  const nestedId = Object.keys(resources).find((id) => resources[id]?.Type === "AWS::CloudFormation::Stack") ?? "";
  const nested = { path: file("after."), base: before.template, head: after.template, baseLines: before.lines, headLines: after.lines };
  return { path: file("parent."), stack, base: parent.template, head: parent.template, baseLines: parent.lines, headLines: parent.lines, nested: { [nestedId]: nested } };
}

function countActions(result: IngestResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const change of result.changes) counts[change.action] = (counts[change.action] ?? 0) + 1;
  return counts;
}

interface PairExpectation {
  actions: Record<string, number>;
  configChanges: string[];
  errors: string[];
  tool: string;
}

/**
 * Checked by hand against each pair's files: `snapshot-diff` renames a role and a policy (two deletes, two
 * creates) and edits a function's code; `new-assets-diff` changes a nested stack whose template the corpus
 * does not hold (unknown: an error); the ecr pairs replace an exported output with an unexported one.
 */
const PAIRS: Record<string, PairExpectation> = {
  "ecr-deployment-docker-image-asset": { actions: { update: 1 }, configChanges: ["output Outputs.ExportsOutputRefTargetRepo95363C3C5F436D3A"], errors: [], tool: "aws-cdk" },
  "ecr-deployment-s3-archive": { actions: { update: 1 }, configChanges: ["output Outputs.ExportsOutputRefTargetRepo95363C3C5F436D3A"], errors: [], tool: "aws-cdk" },
  "enterprise-iac-cdk-bump": { actions: { create: 3, update: 1 }, configChanges: [], errors: [], tool: "aws-cdk" },
  "nested-stack-changed": { actions: { update: 2 }, configChanges: [], errors: [], tool: "aws-cdk" },
  "new-assets-diff": { actions: { update: 2 }, configChanges: [], errors: ["cfn.nested-template-missing"], tool: "cloudformation" },
  "snapshot-diff": { actions: { create: 2, delete: 2, update: 1 }, configChanges: [], errors: [], tool: "cloudformation" },
};

describeCorpus("CloudFormation corpus (../shared/corpus/cfn)", () => {
  it("has an expectation for every pair", () => {
    expect(dirs(path.join(cfnDir, "pairs"))).toEqual(Object.keys(PAIRS).sort());
  });

  it.each(Object.entries(PAIRS))("pairs/%s diffs to the expected changes", (name, expected) => {
    const result = diffCloudFormation({ templates: [pairOf(name)] });
    expect(countActions(result)).toEqual(expected.actions);
    expect(result.configChanges.map((c) => `${c.kind} ${c.address}`)).toEqual(expected.configChanges);
    expect(result.diagnostics.filter((d) => d.level === "error").map((d) => d.code)).toEqual(expected.errors);
    expect(result.roots).toEqual([{ name, kind: "cloudformation", tool: expected.tool, complete: expected.errors.length === 0 }]);
    for (const change of result.changes) expect(change.line).toBeGreaterThan(0);
  });

  it("explains the logical ID renames of pairs/snapshot-diff", () => {
    const result = diffCloudFormation({ templates: [pairOf("snapshot-diff")] });
    const removed = result.changes.find((c) => c.address === "MyFunction1ServiceRole9852B06B");
    expect(removed?.reasons[0]).toBe(
      "logical ID changed from MyFunction1ServiceRole9852B06B to MyFunction2ServiceRole: CloudFormation deletes and recreates it; keep the old ID (overrideLogicalId) to avoid it",
    );
    const policy = result.changes.find((c) => c.address === "MyLambdaFuncServiceRoleDefaultPolicy");
    expect(policy?.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^logical ID changed from MyLambdaFuncServiceRoleDefaultPolicyBEB0E748 to/), expect.stringMatching(/^adds IAM statement Allow \* on \*/)]));
  });

  it("prefixes the resources of pairs/nested-stack-changed with their nested stack", () => {
    const result = diffCloudFormation({ templates: [pairOf("nested-stack-changed")] });
    expect(result.changes.map((c) => c.address).sort()).toEqual([
      "nestedNestedStacknestedNestedStackResource3DD143BF/MyNestedFunctionA0269B76",
      "nestedNestedStacknestedNestedStackResource3DD143BF/MyTopic86869434",
    ]);
  });

  /** Stacks and the creates each gives against nothing (the CDK metadata resource is not shown). */
  const ASSEMBLIES: Record<string, { stacks: Record<string, number>; errors: string[] }> = {
    "cdk-out-ecr-deployment-s3": { stacks: {}, errors: ["cfn.assembly-missing-template", "cfn.assembly-missing-template"] },
    "cdk-out-enterprise-iac": { stacks: { MyStack: 46 }, errors: [] },
    "cdk-out-stack-with-bucket": { stacks: { Stack1: 1 }, errors: [] },
    "cdk-out-stack-with-role": { stacks: { Stack1: 1 }, errors: [] },
    "cdk-out-two-different-stacks": { stacks: { Stack1: 1, Stack2: 1 }, errors: [] },
  };

  it("has an expectation for every cloud assembly", () => {
    expect(dirs(cfnDir).filter((d) => d.startsWith("cdk-out-"))).toEqual(Object.keys(ASSEMBLIES).sort());
  });

  it.each(Object.entries(ASSEMBLIES))("%s: every stack of the manifest diffs against nothing as creates", (dir, expected) => {
    const files = new Map(readdirSync(path.join(cfnDir, dir)).map((f) => [`${dir}/${f}`, readFileSync(path.join(cfnDir, dir, f), "utf8")]));
    expect(readCloudAssembly({ files }).stacks.length).toBeGreaterThan(0);
    const paired = pairCloudAssemblies({ base: null, head: files });
    expect(paired.diagnostics.map((d) => d.code)).toEqual(expected.errors);
    const result = diffCloudFormation({ templates: paired.templates, constructPaths: paired.constructPaths });
    const creates = Object.fromEntries(result.roots.map((r) => [r.name, result.changes.filter((c) => c.root === r.name && c.action === "create").length]));
    expect(creates).toEqual(expected.stacks);
    expect(result.changes.every((c) => c.action === "create" && c.constructPath !== undefined)).toBe(true);
    expect(result.roots.every((r) => r.complete && r.tool === "aws-cdk")).toBe(true);
  });

  it.each([
    ["aws-cdk-rds-removal-policy-integ.template.json", 24],
    ["dynamodb-deletion-protection-stack.template.json", 1],
  ])("aws-cdk-integ/%s diffs against nothing as %i creates", (file, creates) => {
    const { template } = read(`aws-cdk-integ/${file}`);
    const result = diffCloudFormation({ templates: [{ path: `aws-cdk-integ/${file}`, base: null, head: template }] });
    expect(countActions(result)).toEqual({ create: creates });
    expect(result.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    expect(result.roots[0]).toMatchObject({ complete: true, tool: "aws-cdk" });
  });
});
