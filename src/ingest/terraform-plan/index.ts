export { ingestTerraformPlan } from "./ingest-terraform-plan.js";
export { parseTerraformPlan } from "./parse-terraform-plan.js";
