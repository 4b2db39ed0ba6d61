import { describe, expect, it } from "vitest";
import { MAX_OVERRIDE_REASON, parseOverride } from "../../../src/analysis/governance/parse-override.js";

const reason = "INC-4242 prod outage, rollback needed";

describe("parseOverride", () => {
  it.each([
    ["the plain command", `/airlock override ${reason}`],
    ["extra spaces and tabs", `/airlock \t override   ${reason}   `],
    ["any case", `/AIRLOCK Override ${reason}`],
    ["leading blank lines", `\n  \n  /airlock override ${reason}`],
    ["further lines, which are not part of the reason", `/airlock override ${reason}\r\nTimeline: https://example.com/inc/4242\nThanks`],
    ["control and invisible characters, stripped", `/airlock override INC-4242\u0007 prod\u202E outage,\u200B rollback needed`],
    ["spaces inside the reason, collapsed", "/airlock override INC-4242   prod\toutage,  rollback needed"],
  ])("reads the reason from %s", (_name, body) => {
    expect(parseOverride({ body, minReasonLength: 10 })).toEqual({ ok: true, reason });
  });

  it("returns the reason raw: escaping is each renderer's job", () => {
    const raw = "<b>urgent</b> `rm -rf` [link](javascript:x) @everyone";
    expect(parseOverride({ body: `/airlock override ${raw}`, minReasonLength: 1 })).toEqual({ ok: true, reason: raw });
  });

  it.each([
    ["no reason", "/airlock override", /needs a reason on the same line/],
    ["only spaces and control characters", "/airlock override   \u0000\u202E  ", /needs a reason/],
    ["a reason only on the next line", `/airlock override\n${reason}`, /needs a reason on the same line/],
    ["a reason too short", "/airlock override oops", /too short \(4 characters\): give at least 10/],
    ["another verb", `/airlock overrides ${reason}`, /not an override command/],
    ["the command after other text", `Please: /airlock override ${reason}`, /not an override command/],
    ["a quoted command", `> /airlock override ${reason}`, /not an override command/],
    ["an empty comment", "", /not an override command/],
  ])("refuses %s", (_name, body, error) => {
    const parsed = parseOverride({ body, minReasonLength: 10 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });

  it("counts characters, not UTF-16 units, against both bounds", () => {
    expect(parseOverride({ body: "/airlock override 🔥🔥🔥", minReasonLength: 4 }).ok).toBe(false);
    expect(parseOverride({ body: `/airlock override ${"é".repeat(MAX_OVERRIDE_REASON)}`, minReasonLength: 10 }).ok).toBe(true);
    const tooLong = parseOverride({ body: `/airlock override ${"🔥".repeat(MAX_OVERRIDE_REASON + 1)}`, minReasonLength: 10 });
    expect(tooLong).toEqual({ ok: false, error: expect.stringContaining(`too long (${MAX_OVERRIDE_REASON + 1} characters)`) });
  });

  it("still asks for a reason when the configured minimum is below 1", () => {
    expect(parseOverride({ body: "/airlock override", minReasonLength: 0 }).ok).toBe(false);
    expect(parseOverride({ body: "/airlock override x", minReasonLength: 0 })).toEqual({ ok: true, reason: "x" });
  });
});
