import { describe, expect, it } from "vitest";
import { nestWeights } from "../../src/config/index.js";

describe("nestWeights", () => {
  it("nests dotted weight ids into the shape the scoring engine merges", () => {
    expect(nestWeights({ "destroy.stateful": 90, "reach.environment.production": 30, unknownInput: 40 })).toEqual({
      destroy: { stateful: 90 },
      reach: { environment: { production: 30 } },
      unknownInput: 40,
    });
  });

  it("gives an empty override for no weights", () => {
    expect(nestWeights({})).toEqual({});
  });
});
