import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import { aSnapshot } from "../helpers/snapshot.js";

const dir = path.resolve(import.meta.dirname, "../../fixtures/cdk/assemblies");
const read = (side: string, file: string) => readFileSync(path.join(dir, side, file), "utf8");
const copilot = { author: { login: "Copilot", id: 198982749, type: "Bot" } } as never;

describe("evaluate with AWS CDK templates", () => {
  it.each([
    ["a committed cdk.out template that replaces an RDS instance is critical", "RdsReplace.template.json", "critical", "replace"],
    ["a retained bucket removed from the template is an orphan (forget), not a destroy", "BucketRetain.template.json", "low", "forget"],
    ["a destroyed bucket is critical", "BucketDestroy.template.json", "critical", "delete"],
  ])("%s", async (_name, file, tier, action) => {
    const snapshot = aSnapshot({ pullRequest: copilot, files: [{ path: `infra/cdk.out/${file}`, status: "modified", base: read("base", file), head: read("head", file) }] });
    const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
    expect(verdict.infra.kinds).toContain("cloudformation");
    expect(verdict.destructiveness.tier).toBe(tier);
    expect(verdict.changes.some((c) => c.source === "cloudformation" && c.action === action)).toBe(true);
  });

  it("reads template pairs that CI synthesized at base and head (snapshot.templates)", async () => {
    const file = "TableReplace.template.json";
    const snapshot = aSnapshot({ pullRequest: copilot, files: [{ path: "lib/table-stack.ts", status: "modified", base: "", head: "" }], templates: [{ path: `cdk.out/${file}`, base: JSON.parse(read("base", file)), head: JSON.parse(read("head", file)) }] });
    const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
    expect(verdict.changes.find((c) => c.type === "AWS::DynamoDB::Table")?.action).toBe("replace");
    expect(verdict.destructiveness.tier).toBe("critical");
  });

  it("an unparseable committed template blocks with its position", async () => {
    const snapshot = aSnapshot({ pullRequest: copilot, files: [{ path: "cdk.out/Db.template.json", status: "modified", base: read("base", "RdsReplace.template.json"), head: '{"Resources": {"Db": ' }] });
    const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
    expect(verdict.gate.conclusion).toBe("failure");
    expect(verdict.diagnostics.find((d) => d.file === "cdk.out/Db.template.json")).toMatchObject({ level: "error" });
  });
});
