import { ResourceImpact } from "@aws-cdk/cloudformation-diff";
import { describe, expect, it } from "vitest";
import { actionOf } from "../../../src/ingest/cloudformation/map-impact.js";
import { noChange } from "../../../src/ingest/cloudformation/resource-outcome.js";

describe("actionOf", () => {
  it.each([
    [ResourceImpact.WILL_CREATE, { action: "create", certainty: "certain" }],
    [ResourceImpact.WILL_UPDATE, { action: "update", certainty: "certain" }],
    [ResourceImpact.WILL_REPLACE, { action: "replace", certainty: "certain" }],
    [ResourceImpact.MAY_REPLACE, { action: "replace", certainty: "possible" }],
    [ResourceImpact.WILL_DESTROY, { action: "delete", certainty: "certain" }],
    [ResourceImpact.WILL_ORPHAN, { action: "forget", certainty: "certain" }],
    [ResourceImpact.WILL_IMPORT, { action: "import", certainty: "certain" }],
    [ResourceImpact.NO_CHANGE, undefined],
  ])("maps %s", (impact, expected) => {
    expect(actionOf({ ...noChange(), impact })).toEqual(expected);
  });

  it("reports an update for properties the specification does not know, which the library leaves at NO_CHANGE", () => {
    expect(actionOf({ ...noChange(), unspecified: ["ServiceToken"] })).toEqual({ action: "update", certainty: "certain" });
  });

  it("lowers the certainty of a guess made after the library failed", () => {
    expect(actionOf({ ...noChange(), impact: ResourceImpact.WILL_UPDATE, failure: "TypeError" })).toEqual({ action: "update", certainty: "possible" });
  });
});
