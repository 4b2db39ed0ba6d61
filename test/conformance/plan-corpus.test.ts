import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseTerraformPlan } from "../../src/ingest/terraform-plan/index.js";
import { configAddressOf, isDestroying, nodeId } from "../../src/model/index.js";
import type { IngestResult } from "../../src/model/index.js";
import { repoRoot } from "../helpers/terraform.js";

const planDir = path.join(path.resolve(repoRoot, "../shared/corpus"), "plan-json");

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listJson(full);
    return entry.name.endsWith(".json") ? [path.relative(planDir, full)] : [];
  }).sort();
}

const parseCorpus = (file: string): IngestResult => parseTerraformPlan({ name: file, text: readFileSync(path.join(planDir, file), "utf8") });

/** Planned (not drift) changes of a file, counted by what matters to destructiveness. */
function classify(result: IngestResult) {
  const planned = result.changes.filter((c) => !c.drift);
  const count = (keep: (c: (typeof planned)[number]) => boolean) => planned.filter(keep).length;
  return {
    delete: count((c) => c.action === "delete"),
    replace: count((c) => c.action === "replace"),
    moved: count((c) => c.previousAddress !== undefined),
    destroying: count(isDestroying),
    drift: result.changes.length - planned.length,
  };
}

/**
 * Checked by hand against each file's `resource_changes[].change.actions` and `previous_address`.
 * `moved` counts changes with a previous address: a pure move is action `move`, a move with an update
 * stays `update`; neither destroys anything.
 */
const CLASSIFICATION: [string, ReturnType<typeof classify>][] = [
  ["terraform-fixtures/basic-delete__output.json", { delete: 1, replace: 0, moved: 0, destroying: 1, drift: 0 }],
  ["terraform-fixtures/requires-replace__output.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["terraform-fixtures/moved__output.json", { delete: 0, replace: 0, moved: 1, destroying: 0, drift: 0 }],
  ["terraform-fixtures/multi-resource-update__output.json", { delete: 0, replace: 0, moved: 1, destroying: 0, drift: 0 }],
  ["terraform-fixtures/moved-drift__output.json", { delete: 0, replace: 0, moved: 1, destroying: 0, drift: 1 }],
  ["terraform-fixtures/drift__output.json", { delete: 0, replace: 0, moved: 0, destroying: 0, drift: 1 }],
  ["terraform-json/moved_block.plan.json", { delete: 0, replace: 0, moved: 1, destroying: 0, drift: 0 }],
  ["terraform-json/action_reason.plan.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["terraform-json/config_resource_depends_on.plan.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["checkov/plan_with_deleted_resources__tfplan.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["tf-plan-format/delete-create.tfplan.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["tf-plan-format/delete.tfplan.json", { delete: 1, replace: 0, moved: 0, destroying: 1, drift: 0 }],
  ["tf-plan-format/sensitive.tfplan.json", { delete: 0, replace: 1, moved: 0, destroying: 1, drift: 0 }],
  ["overmind/overmind-cli-plan.json", { delete: 1, replace: 0, moved: 0, destroying: 1, drift: 0 }],
  ["terraform-compliance/test_issue_522.plan.out.json", { delete: 2, replace: 0, moved: 0, destroying: 2, drift: 15 }],
  ["tf-summarize/tfplan.json", { delete: 0, replace: 0, moved: 0, destroying: 0, drift: 3 }],
];

describe.skipIf(!existsSync(planDir))("plan JSON corpus (../shared/corpus/plan-json)", () => {
  const files = existsSync(planDir) ? listJson(planDir) : [];

  it("has plans to read", () => {
    expect(files.length).toBeGreaterThan(40);
  });

  describe.each(files)("%s", (file) => {
    it("is read whole, without throwing, into changes or diagnostics", () => {
      let result: IngestResult | undefined;
      expect(() => (result = parseCorpus(file))).not.toThrow();
      expect(result!.changes.length + result!.configChanges.length + result!.diagnostics.length).toBeGreaterThan(0);
      expect(result!.diagnostics.filter((d) => d.level === "error")).toEqual([]);
      expect(result!.roots[0]?.complete).toBe(true);
    });

    it("gives each change the node of its config address", () => {
      const result = parseCorpus(file);
      for (const change of result.changes) expect(change.node).toBe(nodeId(file, configAddressOf(change.address)));
    });
  });

  it.each(CLASSIFICATION)("classifies %s", (file, expected) => {
    expect(classify(parseCorpus(file))).toEqual(expected);
  });

  it("names the replacement order of each replace", () => {
    const order = (file: string) => parseCorpus(file).changes.flatMap((c) => (c.replacement ? [c.replacement.order] : []));
    expect(order("checkov/plan_with_deleted_resources__tfplan.json")).toEqual(["create-first"]);
    expect(order("tf-plan-format/delete-create.tfplan.json")).toEqual(["delete-first"]);
    expect(order("terraform-fixtures/requires-replace__output.json")).toEqual(["delete-first"]);
  });

  it("finds dependents in a real plan's configuration, inside a module", () => {
    const file = "overmind/overmind-cli-plan.json";
    const result = parseCorpus(file);
    const id = (address: string) => nodeId(file, address);
    const dependents = (address: string) => [...(result.graph.dependents.get(id(address)) ?? [])].sort();
    const policyDocument = result.changes.find((c) => c.address === "module.eks_elb_controller.data.aws_iam_policy_document.lb_controller[0]");
    expect(policyDocument?.action).toBe("read");
    expect(dependents("module.eks_elb_controller.data.aws_iam_policy_document.lb_controller")).toEqual([
      id("module.eks_elb_controller.aws_iam_policy.lb_controller"),
    ]);
    expect(dependents("module.eks_elb_controller.aws_iam_policy.lb_controller")).toEqual([
      id("module.eks_elb_controller.aws_iam_role_policy_attachment.lb_controller"),
    ]);
  });
});
