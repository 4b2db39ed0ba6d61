import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configAddress } from "../../../src/ingest/terraform-plan/config-address.js";
import { configAddressOf } from "../../../src/model/index.js";

describe("configAddress", () => {
  it("strips instance keys like the model's configAddressOf", () => {
    expect(configAddress('module.a["x.y]"].module.b[0].aws_instance.web[2]')).toBe("module.a.module.b.aws_instance.web");
    expect(configAddress("aws_instance.web")).toBe("aws_instance.web");
  });

  it("agrees with configAddressOf on any text", () => {
    const piece = fc.oneof(fc.constantFrom("module.", "a", ".", "[", "]", '"', "\\", "0", '["k"]', "[1]", 'x\\"]'), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const address = pieces.join("");
      expect(configAddress(address)).toBe(configAddressOf(address));
    }), { numRuns: 2000 });
  });
});
