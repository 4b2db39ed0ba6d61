import { describe, expect, it } from "vitest";
import { activeOverride, type RecordedOverride } from "../../../src/analysis/governance/active-override.js";

const HEAD = "a".repeat(40);
const first: RecordedOverride = { headSha: HEAD, login: "carol", reason: "INC-1 outage", at: "2026-11-21T10:00:00Z" };
const second: RecordedOverride = { headSha: HEAD, login: "dave", reason: "INC-1 still down", at: "2026-11-21T11:00:00Z" };
const older: RecordedOverride = { headSha: "b".repeat(40), login: "carol", reason: "INC-0", at: "2026-11-20T10:00:00Z" };

describe("activeOverride", () => {
  it.each<[string, RecordedOverride[], string, RecordedOverride | null]>([
    ["opens the gate for the head SHA it was given on", [older, first], HEAD, first],
    ["closes it again after a push", [older, first], "c".repeat(40), null],
    ["returns the earliest of several, whatever their order", [second, first], HEAD, first],
    ["ranks an override with an unreadable time last", [{ ...first, at: "later" }, second], HEAD, second],
    ["compares SHAs without case", [{ ...first, headSha: HEAD.toUpperCase() }], HEAD, first],
    ["finds none when nobody overrode", [], HEAD, null],
    ["finds none for an empty head SHA", [{ ...first, headSha: "" }], "", null],
  ])("%s", (_name, overrides, headSha, expected) => {
    const found = activeOverride({ overrides, headSha });
    expect(found).toEqual(expected === null ? null : { login: expected.login, reason: expected.reason, at: expected.at });
  });
});
