import { describe, expect, it } from "vitest";
import { printable } from "../../../src/cli/audit/printable.js";

describe("printable", () => {
  it("turns terminal control sequences and bidi overrides into visible escapes", () => {
    expect(printable("ok\u001b[2J\u0007")).toBe("ok\\u{1b}[2J\\u{7}");
    expect(printable("abc\u202edef")).toBe("abc\\u{202e}def");
  });

  it("leaves ordinary text, including non-ASCII, alone", () => {
    expect(printable("Zoë approved — production")).toBe("Zoë approved — production");
  });
});
