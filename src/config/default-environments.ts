import { deepFreeze } from "./deep-freeze.js";
import type { EnvironmentConfig } from "./schema-environments.js";

/**
 * `DEFAULT_ENVIRONMENTS` are the environments of a repository with no `environments` key, recognised by
 * the folder and workspace names teams commonly use. `test/` and `tests/` folders are deliberately not
 * sandbox: they usually hold module tests (Terratest), and calling them sandbox would lower a change's
 * weight. No default environment is autonomous.
 */
export const DEFAULT_ENVIRONMENTS: readonly EnvironmentConfig[] = deepFreeze([
  {
    name: "production",
    tier: "production",
    paths: ["**/prod/**", "**/production/**", "**/prd/**", "**/prod.tfvars", "**/production.tfvars"],
    workspaces: ["prod", "production", "prd"],
  },
  {
    name: "staging",
    tier: "staging",
    paths: ["**/staging/**", "**/stage/**", "**/stg/**", "**/staging.tfvars", "**/stage.tfvars"],
    workspaces: ["staging", "stage", "stg"],
  },
  {
    name: "sandbox",
    tier: "sandbox",
    paths: ["**/sandbox/**", "**/dev/**", "**/development/**", "**/sandbox.tfvars", "**/dev.tfvars"],
    workspaces: ["sandbox", "dev", "development"],
  },
]);
