import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/index.js";

const committed = readFileSync(new URL("../../schema/airlock.schema.json", import.meta.url), "utf8");

describe("schema/airlock.schema.json", () => {
  it("is what the generator writes from the zod schema (run `npx tsx scripts/generate-json-schema.ts`)", () => {
    expect(committed).toBe(configJsonSchema());
  });

  it("refuses unknown keys, accepts `_extends`, and shows defaults", () => {
    const schema = JSON.parse(committed) as {
      additionalProperties: boolean;
      properties: Record<string, { default?: unknown; properties?: Record<string, { default?: unknown }> }>;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties._extends).toMatchObject({ type: "string" });
    expect(schema.properties.mode?.default).toBe("enforce");
    expect(schema.properties.approvals?.properties?.bind?.default).toBe("commit");
  });
});
