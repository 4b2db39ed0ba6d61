import { describe, expect, it } from "vitest";
import { approvalLatencySeconds } from "../../../src/app/metrics/approval-latency.js";
import { evaluation, override, records } from "../../report/dashboard/support/audit-records.js";
import { memoryReader } from "../dashboard/support/memory-reader.js";

const at = (time: string) => `2026-11-20T${time}:00Z`;

describe("approvalLatencySeconds", () => {
  const trail = records(
    evaluation({ at: at("10:00") }),
    evaluation({ at: at("10:30"), pullNumber: 2 }),
    evaluation({ at: at("11:00") }),
    evaluation({ at: at("12:00"), conclusion: "success" }),
    evaluation({ at: at("12:30"), conclusion: "success" }),
    evaluation({ at: at("13:00"), pullNumber: 2, conclusion: "success" }),
    evaluation({ at: at("13:00"), pullNumber: 3 }),
    override({ at: at("13:30"), pullNumber: 3 }),
    evaluation({ at: at("13:31"), pullNumber: 3, conclusion: "success" }),
  );
  const reader = memoryReader(trail);

  it.each([
    ["the evaluation that opened the gate", { pullNumber: 1, at: at("12:00") }, 7200],
    ["a later evaluation of an open gate", { pullNumber: 1, at: at("12:30") }, null],
    ["a still-held evaluation", { pullNumber: 1, at: at("11:00") }, null],
    ["another PR's opening, measured on its own", { pullNumber: 2, at: at("13:00") }, 9000],
    ["an opening after an override", { pullNumber: 3, at: at("13:31") }, null],
    ["an unreadable instant", { pullNumber: 1, at: "later" }, null],
  ])("%s", async (_name, evaluated, expected) => {
    expect(await approvalLatencySeconds(reader, { repository: "acme/infra", headSha: "h1", ...evaluated })).toBe(expected);
  });

  it("asks only for that PR's evaluations and overrides", async () => {
    const spy = memoryReader(trail);
    await approvalLatencySeconds(spy, { repository: "acme/infra", pullNumber: 2, headSha: "h1", at: at("13:00") });
    expect(spy.queries).toEqual([{ repository: "acme/infra", pullNumber: 2, kinds: ["evaluation", "override"] }]);
  });
});
