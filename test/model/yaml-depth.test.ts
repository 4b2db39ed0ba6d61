import { expect, it } from "vitest";
import { yamlNestingDepth } from "../../src/model/yaml-depth.js";
it("measures flow nesting and indentation, follows quotes across lines and skips block scalars", () => {
  expect(yamlNestingDepth("a:\n  b:\n    c: [1, [2]]\n")).toEqual({ flow: 2, indent: 4 });
  expect(yamlNestingDepth("code: |\n  if (x) { [[[[[ }\n        deep\nnext: [1]\n").flow).toBe(1);
  expect(yamlNestingDepth('labels: [ "a\n  b", ' + "[".repeat(100) + "]".repeat(100) + " ]\n").flow).toBeGreaterThan(100);
  expect(yamlNestingDepth("x: 'it''s [ ok'\ny: [a]\n").flow).toBe(1);
});
