import { describe, expect, it } from "vitest";
import { crossCheckPlan } from "../../../src/analysis/plans/index.js";
import type { ResourceChange } from "../../../src/model/index.js";
import { aChange, aReplace } from "../../helpers/changes.js";

const DB = "aws_db_instance.main";
const hcl = (overrides: Partial<ResourceChange>) => aChange({ source: "hcl", type: "aws_db_instance", address: DB, ...overrides });
const plan = (overrides: Partial<ResourceChange>) => aChange({ source: "plan", type: "aws_db_instance", address: DB, ...overrides });
const removedDb = hcl({ action: "delete" });

function check(hclChanges: ResourceChange[], planChanges: ResourceChange[], planRoots = ["envs/prod"]) {
  return crossCheckPlan({ hclChanges, planChanges, planRoots });
}

describe("crossCheckPlan", () => {
  it.each<[string, ResourceChange[], ResourceChange[], boolean]>([
    ["the plan deletes the removed DB", [removedDb], [plan({ action: "delete" })], false],
    ["the plan deletes an instance of it", [removedDb], [plan({ action: "delete", address: `${DB}[0]` })], false],
    ["the plan moves it", [removedDb], [plan({ action: "move", address: "aws_db_instance.primary", previousAddress: DB })], false],
    ["the plan moves and updates it", [removedDb], [plan({ action: "update", address: "aws_db_instance.primary", previousAddress: `${DB}[0]` })], false],
    ["the plan forgets it", [removedDb], [plan({ action: "forget" })], false],
    ["the plan forgets it while creating a new one", [removedDb], [plan({ action: "forget", replacement: { order: "create-first", paths: [], oldObject: "forgotten" } })], false],
    ["a removed block with destroy = false is forgotten", [hcl({ action: "forget" })], [plan({ action: "forget" })], false],
    ["the plan has no delete for it", [removedDb], [], true],
    ["the plan only updates it", [removedDb], [plan({ action: "update" })], true],
    ["the plan replaces it (not a removal)", [removedDb], [aReplace("aws_db_instance", { address: DB })], true],
    ["the delete is only drift", [removedDb], [plan({ action: "delete", drift: true })], true],
    ["the delete is in another plan's root", [removedDb], [plan({ action: "delete", root: "envs/staging" })], true],
    ["an HCL forget the plan leaves out", [hcl({ action: "forget" })], [], true],
    ["an HCL move the plan does not show", [hcl({ action: "move", address: "aws_db_instance.primary", previousAddress: DB })], [plan({ action: "create", address: "aws_db_instance.primary" })], true],
    ["an HCL move the plan shows", [hcl({ action: "move", address: "aws_db_instance.primary", previousAddress: DB })], [plan({ action: "move", address: "aws_db_instance.primary", previousAddress: DB })], false],
    ["module-qualified removal, deleted in the plan", [hcl({ action: "delete", address: `module.db.${DB}` })], [plan({ action: "delete", address: `module.db["eu"].${DB}[0]` })], false],
    ["module-qualified removal, another module deleted", [hcl({ action: "delete", address: `module.db.${DB}` })], [plan({ action: "delete", address: `module.cache.${DB}` })], true],
    ["a local module directory below the plan root, deleted through its call", [hcl({ action: "delete", root: "envs/prod/db" })], [plan({ action: "delete", address: `module.db.${DB}` })], false],
    ["a local module directory: a root-level namesake does not stand for it", [hcl({ action: "delete", root: "envs/prod/db" })], [plan({ action: "delete" })], true],
    ["a plan named with a trailing slash still matches", [removedDb], [plan({ action: "delete", root: "envs/prod/" })], false],
    ["a removal outside every planned root is not checked", [hcl({ action: "delete", root: "envs/staging" })], [], false],
    ["a removed data source is not checked", [hcl({ action: "delete", address: "data.aws_ami.base", mode: "data" })], [], false],
  ])("%s → blocking %s", (_name, hclChanges, planChanges, blocking) => {
    expect(check(hclChanges, planChanges).blocking).toBe(blocking);
  });

  it("says which resource the plan fails to remove and why that matters", () => {
    expect(check([removedDb], [plan({ action: "update" })]).findings).toEqual([{
      address: DB,
      root: "envs/prod",
      severity: "blocking",
      message: "the HCL diff removes aws_db_instance.main but the plan for envs/prod does not delete, forget or move it: the plan may be stale or forged",
    }]);
  });

  it("checks a nested directory against the most specific planned root", () => {
    const result = check([hcl({ action: "delete", root: "envs/prod/db" })], [plan({ action: "delete", root: "envs", address: `module.db.${DB}` })], ["envs", "envs/prod"]);
    expect(result.findings[0]?.message).toBe(
      "the HCL diff removes aws_db_instance.main (in envs/prod/db) but the plan for envs/prod does not delete, forget or move it: the plan may be stale or forged",
    );
  });

  it("a removal the static diff is unsure of is only a warning", () => {
    const result = check([hcl({ action: "delete", certainty: "possible" })], []);
    expect(result.blocking).toBe(false);
    expect(result.findings).toMatchObject([{ severity: "warning", message: expect.stringMatching(/may remove aws_db_instance\.main .* no longer in the state/) }]);
  });

  it.each<[string, ResourceChange, ResourceChange[], number]>([
    ["a create absent from the plan", hcl({ action: "create", address: "aws_s3_bucket.logs" }), [], 1],
    ["an update absent from the plan", hcl({ action: "update" }), [plan({ action: "delete", address: "aws_instance.web" })], 1],
    ["a create the plan expands with for_each", hcl({ action: "create", address: "aws_s3_bucket.logs" }), [plan({ action: "create", address: 'aws_s3_bucket.logs["a"]' })], 0],
    ["an update the plan shows as a no-op", hcl({ action: "update" }), [plan({ action: "no-op" })], 0],
  ])("%s: warns %d time(s), never blocks", (_name, change, planChanges, warnings) => {
    const result = check([change], planChanges);
    expect(result.blocking).toBe(false);
    expect(result.findings.filter((f) => f.severity === "warning")).toHaveLength(warnings);
  });

  it("lists blocking findings before warnings", () => {
    const result = check([hcl({ action: "create", address: "aws_s3_bucket.a" }), removedDb], []);
    expect(result.findings.map((f) => f.severity)).toEqual(["blocking", "warning"]);
  });
});
