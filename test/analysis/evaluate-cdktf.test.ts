import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import { aSnapshot } from "../helpers/snapshot.js";

const dir = path.resolve(import.meta.dirname, "../../fixtures/cdktf/database-stack");
const read = (side: string, file: string) => readFileSync(path.join(dir, side, file), "utf8");
const files = ["cdktf.out/manifest.json", "cdktf.out/stacks/MyStack/cdk.tf.json"].map((file) => ({
  path: `infra/${file}`,
  status: "modified" as const,
  base: read("base", file),
  head: read("head", file),
}));

describe("evaluate with committed CDK for Terraform synth output", () => {
  it("reads the stack through the cdktf path: construct paths on changes, one root per stack, no duplicate HCL changes", async () => {
    const snapshot = aSnapshot({ pullRequest: { author: { login: "Copilot", id: 198982749, type: "Bot" } } as never, files });
    const verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
    expect(verdict.infra.kinds).toContain("cdktf");
    const database = verdict.changes.find((c) => c.constructPath === "MyStack/Database");
    expect(database).toMatchObject({ action: "delete", root: "MyStack" });
    const addresses = verdict.changes.map((c) => `${c.root} ${c.address}`);
    expect(new Set(addresses).size).toBe(addresses.length);
    expect(verdict.destructiveness.tier).toBe("critical");
  });
});
