import { describe, expect, it } from "vitest";
import { ingestTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import { isDestroying } from "../../../src/model/index.js";
import type { ResourceChange } from "../../../src/model/index.js";
import { aChange, aPlan, codes } from "./plan-builders.js";

const ingest = (plan: unknown) => ingestTerraformPlan({ name: "envs/prod", plan });
const single = (actions: unknown, extra: Record<string, unknown> = {}): ResourceChange | undefined =>
  ingest(aPlan([aChange("aws_db_instance.main", actions, extra)])).changes[0];

describe("change.actions", () => {
  const cases: [string[], Partial<ResourceChange>, boolean][] = [
    [["no-op"], { action: "no-op" }, false],
    [["create"], { action: "create" }, false],
    [["read"], { action: "read" }, false],
    [["update"], { action: "update" }, false],
    [["delete"], { action: "delete" }, true],
    [["delete", "create"], { action: "replace", replacement: { order: "delete-first", paths: [], oldObject: "destroyed" } }, true],
    [["create", "delete"], { action: "replace", replacement: { order: "create-first", paths: [], oldObject: "destroyed" } }, true],
    [["forget"], { action: "forget" }, false],
    [["create", "forget"], { action: "forget", replacement: { order: "create-first", paths: [], oldObject: "forgotten" } }, false],
    [["forget", "create"], { action: "forget", replacement: { order: "delete-first", paths: [], oldObject: "forgotten" } }, false],
  ];

  it.each(cases)("%j is %o (destroying: %s)", (actions, expected, destroying) => {
    const change = single(actions);
    expect(change).toMatchObject({ ...expected, certainty: "certain" });
    if (expected.replacement === undefined) expect(change?.replacement).toBeUndefined();
    expect(isDestroying(change!)).toBe(destroying);
  });

  it("says a forget-and-create leaves the old object unmanaged", () => {
    for (const actions of [["create", "forget"], ["forget", "create"]]) {
      expect(single(actions)?.reasons).toEqual(["a new object is created and the old one is left unmanaged (forgotten, not destroyed)"]);
    }
  });

  it("reads an unknown combination that contains delete as destroying, with a warning", () => {
    const result = ingest(aPlan([
      aChange("aws_s3_bucket.a", ["create", "shred", "delete"]),
      aChange("aws_s3_bucket.b", ["delete", "archive"]),
    ]));
    expect(result.changes.map((c) => [c.action, c.replacement?.order, c.certainty])).toEqual([
      ["replace", "create-first", "likely"],
      ["delete", undefined, "likely"],
    ]);
    expect(result.changes.every(isDestroying)).toBe(true);
    expect(result.diagnostics.map((d) => [d.level, d.code, d.path])).toEqual([
      ["warning", "plan.unknown-action", "resource_changes[0].change.actions"],
      ["warning", "plan.unknown-action", "resource_changes[1].change.actions"],
    ]);
    expect(result.changes[1]?.reasons).toEqual(["unknown actions [delete, archive] read as delete because they contain delete"]);
    expect(result.roots[0]?.complete).toBe(true);
  });

  it("skips any other unknown action with an error, so the plan is not taken as safe", () => {
    const result = ingest(aPlan([aChange("aws_s3_bucket.a", ["obliterate"]), aChange("aws_s3_bucket.b", ["create"])]));
    expect(result.changes.map((c) => c.address)).toEqual(["aws_s3_bucket.b"]);
    expect(result.diagnostics).toEqual([expect.objectContaining({
      level: "error", code: "plan.unknown-action", path: "resource_changes[0].change.actions",
      message: expect.stringContaining("actions [obliterate] are not known"),
    })]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("does not echo arbitrary action text in messages", () => {
    const result = ingest(aPlan([aChange("aws_s3_bucket.a", ["Password=Hunter2 <script>"])]));
    expect(result.diagnostics[0]?.message).toContain("actions [?]");
    expect(JSON.stringify(result.diagnostics)).not.toContain("Hunter2");
  });
});

describe("imports and moves", () => {
  it("reads a no-op import as an import, and keeps other actions with the import beside them", () => {
    expect(single(["no-op"], { change: { importing: { id: "db-1" } } })).toMatchObject({ action: "import", importing: { id: "db-1" }, reasons: [] });
    expect(single(["update"], { change: { importing: { id: "db-1" } } })).toMatchObject({
      action: "update", importing: { id: "db-1" }, reasons: ["imports an existing object"],
    });
    expect(single(["no-op"], { change: { importing: { unknown: true } } })).toMatchObject({ action: "import", importing: {} });
  });

  it("reads a no-op with a previous address as a move, and an update as an update that moved", () => {
    const moved = single(["no-op"], { previous_address: "aws_db_instance.old" });
    expect(moved).toMatchObject({ action: "move", previousAddress: "aws_db_instance.old" });
    expect(isDestroying(moved!)).toBe(false);
    expect(single(["update"], { previous_address: "aws_db_instance.old" })).toMatchObject({ action: "update", previousAddress: "aws_db_instance.old" });
    expect(single(["delete", "create"], { previous_address: "aws_db_instance.old" })).toMatchObject({ action: "replace", previousAddress: "aws_db_instance.old" });
  });
});

describe("reasons", () => {
  it("keeps action_reason verbatim, known or not", () => {
    expect(single(["delete"], { action_reason: "delete_because_each_key" })?.reasons).toEqual(["delete_because_each_key"]);
    expect(single(["delete"], { action_reason: "delete_because_of_a_future_reason" })?.reasons).toEqual(["delete_because_of_a_future_reason"]);
  });

  it("names the paths that force a replacement, numbers as indexes and odd keys quoted", () => {
    const change = single(["delete", "create"], {
      action_reason: "replace_because_cannot_update",
      change: { replace_paths: [["engine"], ["tags", "Name"], ["ingress", 0, "cidr_blocks"], ["labels", "kubernetes.io/name"]] },
    });
    expect(change?.reasons).toEqual([
      "replace_because_cannot_update",
      'replace_paths: engine, tags.Name, ingress[0].cidr_blocks, labels["kubernetes.io/name"]',
    ]);
    expect(change?.replacement?.paths).toEqual([["engine"], ["tags", "Name"], ["ingress", 0, "cidr_blocks"], ["labels", "kubernetes.io/name"]]);
  });
});

describe("modules, data sources, drift and providers", () => {
  it("keeps module addresses and data source mode", () => {
    const result = ingest(aPlan([
      { ...aChange('module.db["eu"].module.x.aws_db_instance.main[0]', ["delete"]), module_address: 'module.db["eu"].module.x', type: "aws_db_instance", name: "main", index: 0 },
      aChange("data.aws_iam_policy_document.p", ["read"], { action_reason: "read_because_config_unknown" }),
    ]));
    expect(result.changes.map((c) => [c.address, c.mode, c.node])).toEqual([
      ['module.db["eu"].module.x.aws_db_instance.main[0]', "managed", "envs/prod#module.db.module.x.aws_db_instance.main"],
      ["data.aws_iam_policy_document.p", "data", "envs/prod#data.aws_iam_policy_document.p"],
    ]);
  });

  it("flags drift as drift, beside the planned changes", () => {
    const result = ingest(aPlan([aChange("aws_s3_bucket.b", ["update"])], { resource_drift: [aChange("aws_s3_bucket.b", ["delete"])] }));
    expect(result.changes.map((c) => [c.action, c.drift])).toEqual([["update", undefined], ["delete", true]]);
  });
});

describe("which tool wrote the plan", () => {
  const tool = (extra: Record<string, unknown>, changes: unknown[] = []) => ingest(aPlan(changes, extra)).roots[0];
  const tofu = { applyable: undefined, complete: undefined };

  it("tells Terraform by the fields only it writes, or by a version older than OpenTofu", () => {
    expect(tool({ terraform_version: "1.11.4" })).toMatchObject({ tool: "terraform", version: "1.11.4" });
    expect(tool({ ...tofu, errored: undefined, terraform_version: "1.5.7" })).toMatchObject({ tool: "terraform" });
  });

  it("tells OpenTofu by a 1.8+ version without applyable", () => {
    expect(tool({ ...tofu, terraform_version: "1.9.1" })).toMatchObject({ tool: "opentofu", version: "1.9.1" });
  });

  it("tells OpenTofu by forget-then-create, which only it writes", () => {
    expect(tool({ ...tofu, terraform_version: "1.7.0" }, [aChange("aws_s3_bucket.b", ["forget", "create"])])).toMatchObject({ tool: "opentofu" });
  });

  it("leaves the tool unknown when the plan cannot tell", () => {
    expect(tool({ ...tofu, terraform_version: "1.7.5" })).not.toHaveProperty("tool");
    expect(tool({ ...tofu, terraform_version: undefined })).toEqual({ name: "envs/prod", kind: "plan", complete: true });
  });
});

describe("output changes", () => {
  it("reads root output changes that do something, and drops no-ops", () => {
    const result = ingest(aPlan([], {
      output_changes: {
        endpoint: { actions: ["update"], before: "a.example.com", after: "b.example.com", after_unknown: false, before_sensitive: false, after_sensitive: false },
        same: { actions: ["no-op"], before: 1, after: 1 },
        gone: { actions: ["delete"], before: "x", after: null },
      },
    }));
    expect(result.configChanges).toEqual([
      { kind: "output", address: "output.endpoint", root: "envs/prod", source: "plan", message: "output endpoint will change", node: "envs/prod#output.endpoint", before: "a.example.com", after: "b.example.com" },
      { kind: "output", address: "output.gone", root: "envs/prod", source: "plan", message: "output gone will be removed", node: "envs/prod#output.gone", before: "x", after: null },
    ]);
    expect(codes(result)).toEqual([]);
  });
});
