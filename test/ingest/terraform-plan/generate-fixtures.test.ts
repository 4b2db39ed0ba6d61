import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { describeWithTerraform, planFixtureNames, readPlanFixture, terraformEnv, terraformFixturesDir } from "../../helpers/terraform.js";

interface PlanActions {
  resource_changes?: { address: string; deposed?: string; change: { actions: string[] } }[];
}

/** Address (with its deposed key, if any) → actions, as terraform wrote them. */
function addressActions(text: string): Record<string, string> {
  const plan = JSON.parse(text) as PlanActions;
  const out: Record<string, string> = {};
  for (const rc of plan.resource_changes ?? []) out[rc.deposed ? `${rc.address} (deposed ${rc.deposed})` : rc.address] = rc.change.actions.join(",");
  return out;
}

describeWithTerraform("fixtures/terraform/generate.sh", () => {
  let outDir = "";
  let run: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "airlock-tf-plans-"));
    run = spawnSync("bash", [path.join(terraformFixturesDir, "generate.sh"), outDir], { env: terraformEnv, encoding: "utf8", timeout: 300_000 });
  }, 320_000);

  afterAll(() => {
    if (outDir !== "") rmSync(outDir, { recursive: true, force: true });
  });

  it("runs", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  it("regenerates a plan for every committed one, and no other", () => {
    expect(readdirSync(outDir).map((f) => f.replace(/\.json$/, "")).sort()).toEqual(planFixtureNames());
  });

  it.each(planFixtureNames())("regenerates %s with the same address → actions", (scenario) => {
    const regenerated = readFileSync(path.join(outDir, `${scenario}.json`), "utf8");
    expect(addressActions(regenerated)).toEqual(addressActions(readPlanFixture(scenario)));
  });
});
