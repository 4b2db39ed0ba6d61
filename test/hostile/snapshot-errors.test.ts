import { describe, expect, it } from "vitest";
import { parseSnapshot } from "../../src/ingest/snapshot/parse-snapshot.js";
import { parseTerraformPlan } from "../../src/ingest/terraform-plan/index.js";

const SECRET = "hunter2-Zq3b9c0ffee41d2a7Xj";

/** A snapshot whose plan holds a sensitive password, written as `airlock simulate` reads it. */
const plan = { format_version: "1.2", resource_changes: [{ address: "aws_db_instance.main", type: "aws_db_instance", change: { actions: ["update"], before: { password: "old" }, after: { password: SECRET }, after_sensitive: { password: true } } }] };
const snapshotText = JSON.stringify({ repository: "acme/infra", now: "2026-11-21T12:00:00Z", plans: [{ name: "envs/prod", plan }] }, null, 2);

/** Damage right at the secret: its opening quote lost, so the parser stops on its first character. */
const broken = snapshotText.replace(`"${SECRET}"`, SECRET);
const secretLine = broken.split("\n").findIndex((line) => line.includes(SECRET)) + 1;

describe("a snapshot that is not JSON", () => {
  it("is refused with one diagnostic that never quotes the text around the error", () => {
    const result = parseSnapshot({ text: broken, file: "snapshot.json" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]?.code).toBe("snapshot.not-json");
    expect(result.diagnostics[0]?.message).not.toContain(SECRET.slice(0, 6));
  });

  it("names the line and column of the error", () => {
    const result = parseSnapshot({ text: broken, file: "snapshot.json" });
    if (result.ok) throw new Error("accepted");
    expect(result.diagnostics[0]).toMatchObject({ line: secretLine, column: expect.any(Number) });
  });

  it("is handled as the plan parser handles the same damage in a plan: located, nothing quoted", () => {
    const planText = JSON.stringify(plan, null, 2).replace(`"${SECRET}"`, SECRET);
    const result = parseTerraformPlan({ name: "envs/prod", text: planText });
    expect(JSON.stringify(result.diagnostics)).not.toContain(SECRET.slice(0, 6));
    expect(result.diagnostics[0]).toMatchObject({ code: "plan.not-json", line: expect.any(Number), column: expect.any(Number) });
  });
});
