import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";

/** The repository root. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** `fixtures/terraform`: scenarios, the generator script and the plans it produced. */
export const terraformFixturesDir = path.join(repoRoot, "fixtures/terraform");

/** Environment for running terraform in tests: no user CLI config, no version check. */
export const terraformEnv: NodeJS.ProcessEnv = {
  ...process.env,
  TF_CLI_CONFIG_FILE: "/dev/null",
  CHECKPOINT_DISABLE: "1",
  TF_IN_AUTOMATION: "1",
};

/** Whether the `terraform` binary can run here, and its version. */
export interface TerraformAvailability {
  available: boolean;
  version?: string;
}

let availability: TerraformAvailability | undefined;

/** `terraformAvailability` runs `terraform version -json` once and remembers whether it worked. */
export function terraformAvailability(): TerraformAvailability {
  if (availability !== undefined) return availability;
  const run = spawnSync("terraform", ["version", "-json"], { env: terraformEnv, encoding: "utf8", timeout: 30_000 });
  availability = run.status === 0 ? { available: true, version: versionIn(run.stdout) } : { available: false };
  return availability;
}

function versionIn(output: string): string | undefined {
  try {
    return (JSON.parse(output) as { terraform_version?: string }).terraform_version;
  } catch {
    return undefined;
  }
}

/**
 * `describeWithTerraform` registers a suite that needs the terraform binary. Without terraform the suite
 * is skipped, except in CI (`CI=true`), where a missing terraform is a failing test: CI must not go green
 * by silently skipping what it is there to check.
 */
export function describeWithTerraform(name: string, suite: () => void): void {
  if (terraformAvailability().available) {
    describe(name, suite);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      it("needs terraform on PATH", () => {
        throw new Error("terraform is not installed, and CI=true: install terraform >= 1.7 so these tests run");
      });
    });
  } else {
    describe.skip(`${name} (terraform not installed)`, suite);
  }
}

/** `planFixtureNames` lists the scenarios with a generated plan in `fixtures/terraform/plans`. */
export function planFixtureNames(): string[] {
  return readdirSync(path.join(terraformFixturesDir, "plans"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -".json".length))
    .sort();
}

/** `readPlanFixture` returns the text of `fixtures/terraform/plans/<scenario>.json`. */
export function readPlanFixture(scenario: string): string {
  return readFileSync(path.join(terraformFixturesDir, "plans", `${scenario}.json`), "utf8");
}
