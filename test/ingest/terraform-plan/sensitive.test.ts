import { describe, expect, it } from "vitest";
import { ingestTerraformPlan, parseTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import { aChange, aPlan, withoutValues } from "./plan-builders.js";

const SECRET = "s3cr3t-Value-0xDEADBEEF";

/** A plan that holds SECRET everywhere a plan can: sensitive attributes, a sensitive map key, a sensitive output, variables. */
function planWithSecrets(): Record<string, unknown> {
  return aPlan([
    aChange("aws_db_instance.main", ["delete", "create"], {
      action_reason: "replace_because_cannot_update",
      change: {
        before: { password: "old", tags: { [SECRET]: "x" } },
        after: { password: SECRET, tags: { [SECRET]: "y" } },
        before_sensitive: { password: true, tags: true },
        after_sensitive: { password: true, tags: true },
        replace_paths: [["password"], ["tags", SECRET]],
      },
    }),
    aChange("aws_secretsmanager_secret_version.v", ["update"], {
      change: { before: { secret_string: "old" }, after: { secret_string: SECRET }, before_sensitive: { secret_string: true }, after_sensitive: { secret_string: true } },
    }),
  ], {
    variables: { db_password: { value: SECRET } },
    output_changes: {
      db_password: { actions: ["update"], before: "old", after: SECRET, before_sensitive: true, after_sensitive: true },
      conn: { actions: ["create"], before: null, after: { host: "db", password: SECRET }, after_sensitive: { password: true } },
    },
  });
}

describe("sensitive values", () => {
  const result = ingestTerraformPlan({ name: "envs/prod", plan: planWithSecrets() });

  it("never appear in anything Airlock writes: reasons, messages, diagnostics, paths", () => {
    expect(JSON.stringify(withoutValues(result))).not.toContain(SECRET);
  });

  it("cut a replace path at the sensitive attribute, whose keys may be secret", () => {
    const change = result.changes[0]!;
    expect(change.reasons).toEqual(["replace_because_cannot_update", "replace_paths: password, tags.(sensitive)"]);
    expect(change.replacement?.paths).toEqual([["password"], ["tags"]]);
  });

  it("are still available, by reference, to code that redacts them", () => {
    expect(result.changes[0]?.after).toEqual({ password: SECRET, tags: { [SECRET]: "y" } });
    expect(result.changes[0]?.afterSensitive).toEqual({ password: true, tags: true });
  });

  it("drop the values of outputs with any sensitive part, and say so", () => {
    expect(result.configChanges.map((c) => [c.address, c.message, "after" in c])).toEqual([
      ["output.db_password", "output db_password will change (sensitive value not shown)", false],
      ["output.conn", "output conn will be added (sensitive value not shown)", false],
    ]);
  });

  it("stay out of diagnostics when a plan with secrets is broken", () => {
    const text = JSON.stringify(planWithSecrets());
    const cut = text.indexOf(SECRET) + 5;
    for (const broken of [text.slice(0, cut), `${text.slice(0, cut)}\u0001${text.slice(cut)}`, text.replace(`"${SECRET}"`, SECRET)]) {
      const parsed = parseTerraformPlan({ name: "envs/prod", text: broken });
      expect(parsed.roots[0]?.complete).toBe(false);
      expect(JSON.stringify(parsed)).not.toContain(SECRET.slice(0, 5));
    }
  });
});
