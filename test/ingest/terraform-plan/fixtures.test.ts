import { describe, expect, it } from "vitest";
import { ingestTerraformPlan, parseTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import { configAddressOf, isDestroying, nodeId } from "../../../src/model/index.js";
import { planFixtureNames, readPlanFixture } from "../../helpers/terraform.js";
import { actionsOf, byAddress, withoutValues } from "./plan-builders.js";

const parse = (scenario: string) => parseTerraformPlan({ name: `plans/${scenario}`, text: readPlanFixture(scenario) });

/** What each generated scenario must yield: every change, by address, with its action. */
const EXPECTED_ACTIONS: Record<string, Record<string, string>> = {
  basic: {
    "terraform_data.added": "create",
    "terraform_data.changed": "update",
    "terraform_data.gone": "delete",
    "terraform_data.keep": "no-op",
  },
  deposed: {
    "terraform_data.rotated": "no-op",
    "terraform_data.rotated (deposed 0000dead)": "delete",
  },
  modules: {
    "terraform_data.audit": "no-op",
    "terraform_data.bootstrap": "no-op",
    "terraform_data.dns": "update",
    "terraform_data.firewall": "update",
    "terraform_data.network": "replace",
    "terraform_data.unrelated": "no-op",
    "module.app.terraform_data.replica[0]": "no-op",
    "module.app.terraform_data.replica[1]": "no-op",
    "module.app.terraform_data.server": "update",
    'module.db["primary"].terraform_data.replica[0]': "no-op",
    'module.db["primary"].terraform_data.replica[1]': "no-op",
    'module.db["primary"].terraform_data.server': "update",
    "module.app.module.monitor.terraform_data.check": "no-op",
    'module.db["primary"].module.monitor.terraform_data.check': "no-op",
  },
  multi: {
    "terraform_data.fresh": "create",
    "terraform_data.legacy": "forget",
    "terraform_data.shared": "update",
    "terraform_data.token": "replace",
    "terraform_data.worker[0]": "no-op",
    "terraform_data.worker[1]": "delete",
    "terraform_data.worker[2]": "delete",
    "module.extra.terraform_data.standalone": "move",
    'module.svc["a"].terraform_data.app': "update",
    'module.svc["a"].terraform_data.cache': "replace",
    'module.svc["b"].terraform_data.app': "delete",
    'module.svc["b"].terraform_data.cache': "delete",
  },
  "no-changes": { "terraform_data.stable": "no-op" },
  read: {
    "data.terraform_remote_state.upstream": "read",
    "terraform_data.consumer": "create",
    "terraform_data.existing": "no-op",
    "terraform_data.pending": "create",
  },
  refactor: {
    "terraform_data.imported": "import",
    "terraform_data.imported_changed": "update",
    "terraform_data.new_name": "move",
    "terraform_data.renamed_updated": "update",
    "terraform_data.retired": "forget",
  },
  replace: {
    "terraform_data.create_first": "replace",
    "terraform_data.delete_first": "replace",
    "terraform_data.requested": "replace",
    "terraform_data.source": "update",
    "terraform_data.triggered": "replace",
  },
  sensitive: {
    "terraform_data.credentials": "update",
    "terraform_data.rotated": "replace",
  },
};

describe("generated terraform fixtures", () => {
  it("has an expectation for every generated plan", () => {
    expect(planFixtureNames()).toEqual(Object.keys(EXPECTED_ACTIONS).sort());
  });

  describe.each(Object.entries(EXPECTED_ACTIONS))("%s", (scenario, expected) => {
    const result = parse(scenario);

    it("yields exactly the expected actions", () => {
      expect(actionsOf(result)).toEqual(expected);
    });

    it("reads the whole plan: complete, no diagnostics, written by terraform", () => {
      expect(result.diagnostics).toEqual([]);
      expect(result.roots).toEqual([{ name: `plans/${scenario}`, kind: "plan", tool: "terraform", version: "1.11.4", complete: true }]);
    });

    it("gives every change its root and the node of its config address", () => {
      for (const change of result.changes) {
        expect(change).toMatchObject({ root: `plans/${scenario}`, source: "plan", certainty: "certain" });
        expect(change.node).toBe(nodeId(`plans/${scenario}`, configAddressOf(change.address)));
        expect(result.graph.resources.has(change.node)).toBe(true);
      }
    });
  });
});

describe("what each action means", () => {
  it("names why a resource is deleted", () => {
    expect(byAddress(parse("basic")).get("terraform_data.gone")?.reasons).toEqual(["delete_because_no_resource_config"]);
  });

  it("tells the two replacement orders apart and names the forcing paths", () => {
    const changes = byAddress(parse("replace"));
    expect(changes.get("terraform_data.delete_first")).toMatchObject({
      reasons: ["replace_because_cannot_update", "replace_paths: triggers_replace"],
      replacement: { order: "delete-first", paths: [["triggers_replace"]], oldObject: "destroyed" },
    });
    expect(changes.get("terraform_data.create_first")?.replacement).toEqual({
      order: "create-first", paths: [["triggers_replace"]], oldObject: "destroyed",
    });
    expect(changes.get("terraform_data.triggered")?.reasons).toEqual(["replace_by_triggers"]);
    expect(changes.get("terraform_data.requested")?.reasons).toEqual(["replace_by_request"]);
  });

  it("reads a move as a move, not a delete, and keeps an update that also moves", () => {
    const changes = byAddress(parse("refactor"));
    const moved = changes.get("terraform_data.new_name");
    expect(moved).toMatchObject({ action: "move", previousAddress: "terraform_data.old_name" });
    expect(isDestroying(moved!)).toBe(false);
    expect(changes.get("terraform_data.renamed_updated")).toMatchObject({ action: "update", previousAddress: "terraform_data.old_updated" });
    expect([...changes.keys()]).not.toContain("terraform_data.old_name");
  });

  it("reads a forget as leaving the object unmanaged, not destroying it", () => {
    const forgotten = byAddress(parse("refactor")).get("terraform_data.retired");
    expect(forgotten?.action).toBe("forget");
    expect(isDestroying(forgotten!)).toBe(false);
    expect(forgotten?.reasons).toContain("the object is removed from the state and left unmanaged, not destroyed");
  });

  it("reads an import with its id, alone or with an update", () => {
    const changes = byAddress(parse("refactor"));
    expect(changes.get("terraform_data.imported")).toMatchObject({ action: "import", importing: { id: "legacy-1" } });
    expect(changes.get("terraform_data.imported_changed")).toMatchObject({
      action: "update", importing: { id: "legacy-2" }, reasons: ["imports an existing object"],
    });
  });

  it("reads a data source read at apply time", () => {
    expect(byAddress(parse("read")).get("data.terraform_remote_state.upstream")).toMatchObject({
      action: "read", mode: "data", type: "terraform_remote_state", reasons: ["read_because_dependency_pending"],
    });
  });

  it("reads the delete of a deposed object", () => {
    const deposed = parse("deposed").changes.find((c) => c.deposed !== undefined);
    expect(deposed).toMatchObject({ action: "delete", deposed: "0000dead", address: "terraform_data.rotated" });
    expect(deposed?.reasons).toEqual(["deposed object left over from an earlier create_before_destroy replacement"]);
  });

  it("reads several kinds of change at once, inside modules too", () => {
    const changes = byAddress(parse("multi"));
    expect(changes.get('module.svc["b"].terraform_data.app')?.reasons).toEqual(["delete_because_no_module"]);
    expect(changes.get("terraform_data.worker[2]")?.reasons).toEqual(["delete_because_count_index"]);
    expect(changes.get("module.extra.terraform_data.standalone")?.previousAddress).toBe("terraform_data.standalone");
    expect(changes.get('module.svc["a"].terraform_data.cache')?.replacement?.order).toBe("delete-first");
    expect(parse("multi").changes.filter(isDestroying).map((c) => c.address).sort()).toEqual([
      'module.svc["a"].terraform_data.cache',
      'module.svc["b"].terraform_data.app',
      'module.svc["b"].terraform_data.cache',
      "terraform_data.token",
      "terraform_data.worker[1]",
      "terraform_data.worker[2]",
    ]);
  });

  it("keeps values by reference, not copies, with the provider", () => {
    const plan = JSON.parse(readPlanFixture("basic")) as { resource_changes: { address: string; change: Record<string, unknown> }[] };
    const source = plan.resource_changes.find((c) => c.address === "terraform_data.changed")!.change;
    const change = byAddress(ingestTerraformPlan({ name: "basic", plan })).get("terraform_data.changed")!;
    expect(change.provider).toBe("terraform.io/builtin/terraform");
    expect(change.before).toBe(source.before);
    expect(change.after).toBe(source.after);
    expect(change.afterUnknown).toBe(source.after_unknown);
    expect(change.beforeSensitive).toBe(source.before_sensitive);
    expect(change.afterSensitive).toBe(source.after_sensitive);
  });

  it("turns root output changes into config changes, leaving out the unchanged ones", () => {
    expect(parse("basic").configChanges.map((c) => [c.address, c.message])).toEqual([
      ["output.added", "output added will be added; its new value is known only after apply"],
      ["output.greeting", "output greeting will change"],
      ["output.retired", "output retired will be removed"],
    ]);
    expect(parse("no-changes").configChanges).toEqual([]);
  });
});

describe("sensitive values in a real plan", () => {
  const result = parse("sensitive");
  const text = JSON.stringify(withoutValues(result));

  it("keeps the secret out of everything Airlock writes, though the plan holds it in plain text", () => {
    expect(readPlanFixture("sensitive")).toContain("fixture-new-secret-2222");
    expect(text).not.toContain("fixture-new-secret-2222");
    expect(text).not.toContain("fixture-old-secret-1111");
  });

  it("drops the values of a sensitive output", () => {
    expect(result.configChanges).toEqual([
      expect.objectContaining({ address: "output.password", message: "output password will change (sensitive value not shown)" }),
    ]);
    expect(result.configChanges[0]).not.toHaveProperty("after");
  });
});
