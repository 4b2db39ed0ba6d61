import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingestTerraformPlan, parseTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import { aChange, aPlan, codes } from "./plan-builders.js";

const parseText = (text: string) => parseTerraformPlan({ name: "envs/prod", text });
const ingest = (plan: unknown) => ingestTerraformPlan({ name: "envs/prod", plan });

describe("plan text that is not a readable plan", () => {
  it("reports a JSON syntax error with its line and column, and an incomplete root", () => {
    const result = parseText('{\n  "format_version": "1.2",\n  "resource_changes": [}\n}');
    expect(result.diagnostics).toEqual([{
      level: "error", file: "envs/prod", code: "plan.not-json", line: 3, column: 24,
      message: "the plan is not valid JSON: syntax error at line 3, column 24",
    }]);
    expect(result.roots).toEqual([{ name: "envs/prod", kind: "plan", complete: false }]);
    expect(result.changes).toEqual([]);
  });

  it("finds the position even when the parser's message names none", () => {
    // V8 leaves the position out of "Unexpected token" messages.
    const result = parseText('{"a":\n   tru }');
    expect(result.diagnostics[0]).toMatchObject({ code: "plan.not-json", line: 2, column: 7 });
  });

  it("tells a cut-off plan from a malformed one", () => {
    const full = JSON.stringify(aPlan([aChange("aws_db_instance.main", ["delete"])]));
    const result = parseText(full.slice(0, Math.floor(full.length / 2)));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "plan.truncated", line: 1, column: Math.floor(full.length / 2) + 1 })]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("reports an empty text", () => {
    expect(codes(parseText(" \n"))).toEqual(["plan.empty"]);
    expect(parseText("").roots[0]?.complete).toBe(false);
  });

  it("ignores a byte-order mark", () => {
    const result = parseText(`\uFEFF${JSON.stringify(aPlan([aChange("aws_s3_bucket.b", ["create"])]))}`);
    expect(result.diagnostics).toEqual([]);
    expect(result.changes.map((c) => c.action)).toEqual(["create"]);
  });

  it("never repeats the parser's message, which quotes the input", () => {
    const result = parseText('{"password": "hunter2-secret" oops}');
    expect(JSON.stringify(result)).not.toContain("hunter2-secret");
  });

  it("says a state is not a plan", () => {
    const state = { format_version: "1.0", terraform_version: "1.11.4", values: { root_module: { resources: [] } } };
    const result = ingest(state);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "plan.state-not-plan", path: "values" })]);
    expect(result.diagnostics[0]?.message).toContain("a state, not a plan");
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("rejects JSON that is no plan at all", () => {
    expect(codes(ingest({ AWSTemplateFormatVersion: "2010-09-09", Resources: {} }))).toEqual(["plan.not-a-plan"]);
    expect(codes(ingest([aPlan([])]))).toEqual(["plan.not-object"]);
    expect(codes(ingest(null))).toEqual(["plan.not-object"]);
    expect(ingest(42).roots[0]?.complete).toBe(false);
  });

  it("parses a plan given as text to ingestTerraformPlan", () => {
    const result = ingest(JSON.stringify(aPlan([aChange("aws_s3_bucket.b", ["delete"])])));
    expect(result.changes.map((c) => c.action)).toEqual(["delete"]);
  });
});

describe("plans that are readable but not whole", () => {
  it("marks an errored plan as partial, and still reads what it has", () => {
    const result = ingest(aPlan([aChange("aws_db_instance.main", ["delete"])], { errored: true }));
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "plan.errored", path: "errored" })]);
    expect(result.changes.map((c) => c.action)).toEqual(["delete"]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("marks a plan with deferred changes as incomplete, naming them", () => {
    const deferred = [{ reason: "instance_count_unknown", resource_change: aChange("aws_instance.web", ["create"]) }];
    const result = ingest(aPlan([], { complete: false, deferred_changes: deferred }));
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "plan.deferred", path: "deferred_changes" })]);
    expect(result.diagnostics[0]?.message).toContain("aws_instance.web instance_count_unknown");
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("marks complete: false as incomplete even without deferred changes listed", () => {
    const result = ingest(aPlan([], { complete: false }));
    expect(codes(result)).toEqual(["plan.incomplete"]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("rejects a new major format version but reads what it can", () => {
    const result = ingest(aPlan([aChange("aws_s3_bucket.b", ["delete"])], { format_version: "2.0" }));
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "plan.format-version-unsupported", path: "format_version" })]);
    expect(result.changes).toHaveLength(1);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("reads old 0.x and current 1.x formats, and warns only when the version is missing", () => {
    for (const version of ["0.1", "0.2", "1.0", "1.1", "1.2", "1.3"]) {
      expect(ingest(aPlan([], { format_version: version })).diagnostics).toEqual([]);
    }
    const missing = ingest(aPlan([], { format_version: undefined }));
    expect(missing.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "plan.format-version-missing" })]);
    expect(missing.roots[0]?.complete).toBe(true);
    expect(codes(ingest(aPlan([], { format_version: 1.2 })))).toEqual(["plan.format-version-invalid"]);
  });

  it("reads a format 0.1 plan of Terraform 0.12, with its short provider names", () => {
    const plan = {
      format_version: "0.1",
      terraform_version: "0.12.31",
      planned_values: { root_module: {} },
      resource_changes: [{
        address: "google_project.p", mode: "managed", type: "google_project", name: "p", provider_name: "google",
        change: { actions: ["update"], before: { name: "a" }, after: { name: "b" }, after_unknown: {} },
      }],
      configuration: { root_module: { resources: [{ address: "google_project.p", mode: "managed", type: "google_project", name: "p" }] } },
    };
    const result = ingest(plan);
    expect(result.diagnostics).toEqual([]);
    expect(result.changes[0]).toMatchObject({ action: "update", provider: "google", before: { name: "a" } });
    expect(result.roots).toEqual([{ name: "envs/prod", kind: "plan", tool: "terraform", version: "0.12.31", complete: true }]);
  });
});

describe("malformed entries", () => {
  it("skips a malformed resource change with an error naming its path, and reads the rest", () => {
    const result = ingest(aPlan([
      aChange("aws_s3_bucket.ok", ["create"]),
      { address: "aws_s3_bucket.bad", type: "aws_s3_bucket", change: { actions: "delete" } },
      "not an object",
      { type: "aws_s3_bucket", change: { actions: ["delete"] } },
      aChange("aws_s3_bucket.also_ok", ["update"]),
    ]));
    expect(result.changes.map((c) => c.address)).toEqual(["aws_s3_bucket.ok", "aws_s3_bucket.also_ok"]);
    expect(result.diagnostics.map((d) => [d.level, d.code, d.path])).toEqual([
      ["error", "plan.malformed-change", "resource_changes[1].change.actions"],
      ["error", "plan.malformed-change", "resource_changes[2]"],
      ["error", "plan.malformed-change", "resource_changes[3].address"],
    ]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("reports resource_changes that is not a list", () => {
    const result = ingest(aPlan([], { resource_changes: { "aws_s3_bucket.b": {} } }));
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "plan.malformed", path: "resource_changes" })]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("skips an output change it cannot read", () => {
    const result = ingest(aPlan([], { output_changes: { ok: { actions: ["create"] }, "odd name": { actions: [] } } }));
    expect(result.configChanges.map((c) => c.address)).toEqual(["output.ok"]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "plan.malformed-change", path: 'output_changes["odd name"].actions' })]);
  });

  it("rebuilds the missing addresses of drift entries written by Terraform 1.0.0", () => {
    const drift = [{ module_address: "module.m", mode: "managed", type: "aws_s3_bucket", name: "b", index: "k", change: { actions: ["delete"], before: {}, after: null } }];
    const result = ingest(aPlan([], { resource_drift: drift }));
    expect(result.changes).toEqual([expect.objectContaining({ address: 'module.m.aws_s3_bucket.b["k"]', action: "delete", drift: true })]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "plan.address-rebuilt", path: "resource_drift" })]);
    expect(result.roots[0]?.complete).toBe(true);
  });
});

describe("robustness", () => {
  it("never throws, and never calls a plan with errors complete, whatever JSON it is given", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = ingest(value);
      expect(result.roots).toHaveLength(1);
      if (result.diagnostics.some((d) => d.level === "error")) expect(result.roots[0]?.complete).toBe(false);
    }), { numRuns: 300 });
  });

  it("never throws on plan-shaped garbage", () => {
    const junk = fc.oneof(fc.jsonValue(), fc.constant(undefined));
    const entry = fc.record({ address: junk, type: junk, mode: junk, module_address: junk, previous_address: junk, deposed: junk, action_reason: junk,
      change: fc.oneof(junk, fc.record({ actions: fc.oneof(junk, fc.array(fc.constantFrom("create", "delete", "update", "no-op", "forget", "read", "zap"))),
        importing: junk, replace_paths: junk, before_sensitive: junk, after_sensitive: junk })) }, { requiredKeys: [] });
    const config = fc.oneof(junk, fc.record({ root_module: fc.oneof(junk, fc.record({ resources: junk, module_calls: junk, outputs: junk })) }));
    fc.assert(fc.property(fc.array(entry), junk, config, (changes, outputs, configuration) => {
      const result = ingest(aPlan(changes, { output_changes: outputs, configuration }));
      expect(result.changes.length).toBeLessThanOrEqual(changes.length);
    }), { numRuns: 300 });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(parseText(text).roots).toHaveLength(1);
    }), { numRuns: 300 });
  });

  it("survives deeply nested expressions and modules", () => {
    let expression: unknown = { references: ["aws_vpc.main"] };
    for (let i = 0; i < 10_000; i += 1) expression = [expression];
    let module: Record<string, unknown> = { resources: [{ address: "aws_vpc.main", mode: "managed", type: "aws_vpc", name: "main" }] };
    for (let i = 0; i < 500; i += 1) module = { module_calls: { m: { module: module, expressions: { x: expression } } } };
    const result = ingest(aPlan([], { configuration: { root_module: module } }));
    expect(result.roots[0]?.complete).toBe(true);
  });
});
