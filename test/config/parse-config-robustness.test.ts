import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configSchema, parseConfig, parseConfigObject } from "../../src/config/index.js";

const source = ".github/airlock.yml";
const keys = ["mode", "gate", "agents", "environments", "approvals", "byTier", "teams", "tamper", "paths", "labels", "freeze", "name", "tier", "high"];

describe("config parsing on arbitrary input", () => {
  it("never throws on text, and every diagnostic names the file", () => {
    const yamlish = fc.array(fc.oneof(fc.constantFrom(...keys, ":", "\n", "  ", "- ", "[", "]", "{", "}", "&a ", "*a", "---", "'", '"'), fc.string()), { maxLength: 40 });
    fc.assert(
      fc.property(yamlish, (parts) => {
        const result = parseConfig({ text: parts.join(""), source });
        const diagnostics = result.ok ? result.warnings : result.diagnostics;
        expect(diagnostics.every((d) => d.file === source && d.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on objects, and accepts only configs the schema accepts", () => {
    const value = fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(value, (v) => {
        const result = parseConfigObject({ value: v, source });
        if (result.ok) expect(configSchema.safeParse(result.config).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
