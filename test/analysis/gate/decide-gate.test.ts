import { describe, expect, it } from "vitest";
import { decideGate, type GateInput } from "../../../src/analysis/gate/decide-gate.js";

const base: GateInput = {
  mode: "enforce",
  gated: true,
  why: "agent PR with a high-risk change",
  failures: [],
  requirements: [],
  requiredApprovals: 2,
  approvedBy: [],
  ignoredReviews: [],
};
const approvals = { id: "approvals", met: false, missing: "2 approvals from humans with write access", kind: "wait" as const };
const tamper = { id: "tamper", met: false, missing: "an approval from acme/security", kind: "fail" as const };

describe("decideGate", () => {
  it.each<[string, Partial<GateInput>, string]>([
    ["out of scope PRs pass", { gated: false, why: "not agent-authored" }, "success"],
    ["met requirements pass", { requirements: [{ ...approvals, met: true }] }, "success"],
    ["missing approvals wait", { requirements: [approvals] }, "action_required"],
    ["tamper without security approval fails", { requirements: [approvals, tamper] }, "failure"],
    ["an unreadable input fails even when everything else is met", { failures: ["plan.json: not JSON"], requirements: [{ ...approvals, met: true }] }, "failure"],
    ["an unreadable input fails even out of scope", { gated: false, failures: ["boom"] }, "failure"],
  ])("%s", (_name, input, conclusion) => {
    expect(decideGate({ ...base, ...input }).conclusion).toBe(conclusion);
  });

  it("lists what is missing so reviewers know who can unblock it", () => {
    const gate = decideGate({ ...base, requirements: [approvals, tamper] });
    expect(gate.missing).toEqual([approvals.missing, tamper.missing]);
  });

  it("shadow mode passes but reports that enforce mode would block", () => {
    const gate = decideGate({ ...base, mode: "shadow", requirements: [approvals] });
    expect(gate).toMatchObject({ conclusion: "success", wouldBlock: true, mode: "shadow" });
    expect(gate.summary).toMatch(/would block/);
  });

  it("never concludes neutral or skipped", () => {
    const inputs: Partial<GateInput>[] = [{}, { gated: false }, { requirements: [approvals] }, { failures: ["x"] }, { mode: "shadow" }];
    for (const input of inputs) expect(["success", "action_required", "failure"]).toContain(decideGate({ ...base, ...input }).conclusion);
  });
});
