import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import { diffCloudFormation, parseTemplateText } from "../../src/ingest/cloudformation/index.js";
import { parseSnapshot } from "../../src/ingest/snapshot/parse-snapshot.js";
import { parseTerraformPlan } from "../../src/ingest/terraform-plan/index.js";
import { renderCheckRun } from "../../src/report/render-check-run.js";
import { aSnapshot } from "../helpers/snapshot.js";

/** 100,000 levels: far past any recursive walk's stack. */
const LEVELS = 100_000;
const OPEN = "[".repeat(LEVELS);
const CLOSED = `${OPEN}${"]".repeat(LEVELS)}`;
const DEEP_OBJECT = `${'{"a":'.repeat(LEVELS)}true${"}".repeat(LEVELS)}`;
const COPILOT = { login: "Copilot", id: 198982749, type: "Bot" as const };

describe("JSON nested 100,000 levels deep", () => {
  describe("parseTerraformPlan", () => {
    it.each([
      ["unclosed", OPEN, "plan.truncated"],
      ["closed (an array, not a plan)", CLOSED, "plan.not-object"],
      ["as the resource_changes list", `{"format_version":"1.2","resource_changes":${CLOSED}}`, "plan.malformed-change"],
    ])("gives a diagnostic for %s text", (_name, text, code) => {
      const result = parseTerraformPlan({ name: "envs/prod", text });
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.roots).toEqual([expect.objectContaining({ complete: false })]);
    });

    it("reads a change whose values nest that deep, keeping them unread", () => {
      const text = `{"format_version":"1.2","resource_changes":[{"address":"aws_s3_bucket.b","type":"aws_s3_bucket","name":"b","change":{"actions":["update"],"before":{"policy":${CLOSED}},"after":{"policy":${DEEP_OBJECT}},"after_unknown":${CLOSED}}}]}`;
      const result = parseTerraformPlan({ name: "envs/prod", text });
      expect(result.changes.map((c) => [c.address, c.action])).toEqual([["aws_s3_bucket.b", "update"]]);
    });
  });

  describe("parseSnapshot", () => {
    it.each([
      ["unclosed", OPEN, "snapshot.not-json"],
      ["closed (an array, not a snapshot)", CLOSED, "snapshot.shape"],
      ["inside the snapshot's plan", `{"repository":"a/b","now":"2026-01-01T00:00:00Z","plans":[{"name":"x","plan":${CLOSED}}]}`, "snapshot.shape"],
    ])("gives a diagnostic for %s text", (_name, text, code) => {
      const result = parseSnapshot({ text, file: "snapshot.json" });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toContain(code);
    });
  });

  describe("parseTemplateText and diffCloudFormation", () => {
    it.each([
      ["unclosed", OPEN, "cfn.truncated"],
      ["unclosed object", DEEP_OBJECT.slice(0, -LEVELS), "cfn.truncated"],
    ])("gives a diagnostic for %s JSON text", (_name, text, code) => {
      const result = parseTemplateText({ path: "cdk.out/Stack.template.json", text });
      expect("diagnostic" in result && result.diagnostic.code).toBe(code);
    });

    it.each([
      ["an array instead of a template", CLOSED, "cfn.not-template"],
      ["a resource property", `{"Resources":{"Bucket":{"Type":"AWS::S3::Bucket","Properties":{"Tags":${CLOSED}}}}}`, "cfn.too-deep"],
      ["an output", `{"Resources":{},"Outputs":{"O":{"Value":${DEEP_OBJECT}}}}`, "cfn.too-deep"],
    ])("reads %s and refuses to diff it", (_name, text, code) => {
      const parsed = parseTemplateText({ path: "cdk.out/Stack.template.json", text });
      if ("diagnostic" in parsed) throw new Error(`not parsed: ${parsed.diagnostic.message}`);
      const result = diffCloudFormation({ templates: [{ path: "cdk.out/Stack.template.json", base: null, head: parsed.template }] });
      expect(result.diagnostics.map((d) => d.code)).toContain(code);
      expect(result.roots).toEqual([expect.objectContaining({ complete: false })]);
    });
  });

  describe("evaluate on a plan whose values nest deeply", () => {
    const deepArray = () => JSON.parse(CLOSED) as unknown;
    const deepObject = () => JSON.parse(DEEP_OBJECT) as unknown;
    const entry = (change: Record<string, unknown>) => ({ address: "aws_db_instance.main", type: "aws_db_instance", name: "main", change: { actions: ["delete", "create"], before: { deletion_protection: true }, after: { deletion_protection: false }, ...change } });

    it.each([
      ["a guard attribute's new value", () => entry({ after: { deletion_protection: deepArray() } })],
      ["the sensitivity marks of the old values", () => entry({ before_sensitive: { password: deepObject() } })],
      ["the sensitivity marks of the new values", () => entry({ after_sensitive: { password: deepArray() } })],
      ["the unknown-after-apply marks", () => entry({ after_unknown: { deletion_protection: deepObject() } })],
      ["an old value", () => entry({ before: { deletion_protection: true, engine: deepObject() } })],
    ])("decides and renders when %s nests 100,000 levels", async (_name, makeEntry) => {
      const snapshot = aSnapshot({
        pullRequest: { author: COPILOT },
        files: [{ path: "envs/prod/main.tf", status: "modified", base: "", head: "" }],
        plans: [{ name: "envs/prod", plan: { format_version: "1.2", resource_changes: [makeEntry()] } }],
      });
      const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
      expect(verdict.changes.map((c) => [c.address, c.action])).toEqual([["aws_db_instance.main", "replace"]]);
      expect(verdict.gate.conclusion).not.toBe("success");
      expect(renderCheckRun(verdict).summary).toContain("aws_db_instance.main");
    });
  });
});
