import { describe, expect, it } from "vitest";
import { approvalRequirements, type ApprovalRequirementsInput } from "../../../src/analysis/approvals/approval-requirements.js";
import { ownersOf, parseCodeOwners } from "../../../src/analysis/approvals/parse-codeowners.js";

const base: ApprovalRequirementsInput = {
  policy: { count: 2, teams: [], codeOwners: false },
  outcome: { approvedBy: [], changesRequestedBy: [], ignored: [] },
  teams: { "acme/platform": ["carol", "dave", "alice"], "acme/security": ["sec1"] },
  excluded: new Set(["alice"]),
};
const unmet = (input: ApprovalRequirementsInput) => approvalRequirements(input).filter((r) => !r.met);

describe("approvalRequirements", () => {
  it("two eligible approvals satisfy a count of two", () => {
    expect(unmet({ ...base, outcome: { ...base.outcome, approvedBy: ["carol", "dave"] } })).toEqual([]);
  });

  it("says how many approvals are still missing", () => {
    const [missing] = unmet({ ...base, outcome: { ...base.outcome, approvedBy: ["carol"] } });
    expect(missing?.missing).toMatch(/^1 more approval \(2 required\)/);
  });

  it("a required team needs one of its members and names who can approve, never the requester", () => {
    const [team] = unmet({ ...base, policy: { count: 1, teams: ["acme/platform"], codeOwners: false }, outcome: { ...base.outcome, approvedBy: ["zed"] } });
    expect(team?.missing).toBe("an approval from a member of acme/platform: carol, dave");
  });

  it("tamper needs the security team and fails until it approves", () => {
    const reqs = unmet({ ...base, policy: { count: 0, teams: [], codeOwners: false }, tamper: { teams: ["acme/security"], count: 1 } });
    expect(reqs).toEqual([expect.objectContaining({ id: "tamper", kind: "fail" })]);
    expect(unmet({ ...base, policy: { count: 0, teams: [], codeOwners: false }, tamper: { teams: ["acme/security"], count: 1 }, outcome: { ...base.outcome, approvedBy: ["sec1"] } })).toEqual([]);
  });

  it("changes requested by an eligible reviewer block", () => {
    const reqs = unmet({ ...base, policy: { count: 0, teams: [], codeOwners: false }, outcome: { ...base.outcome, changesRequestedBy: ["dave"] } });
    expect(reqs.map((r) => r.id)).toEqual(["changes-requested:dave"]);
  });

  it("code owners of each changed file must approve", () => {
    const rules = parseCodeOwners("*.tf @acme/platform\n/envs/prod/ @sec1\n");
    const input = { ...base, policy: { count: 0, teams: [], codeOwners: true }, codeOwners: { rules, files: ["envs/prod/db.tf", "modules/vpc/main.tf"] } };
    expect(unmet(input).map((r) => r.id).sort()).toEqual(["codeowners:acme/platform", "codeowners:sec1"]);
    expect(unmet({ ...input, outcome: { ...base.outcome, approvedBy: ["sec1", "carol"] } })).toEqual([]);
  });
});

describe("parseCodeOwners", () => {
  const rules = parseCodeOwners(["# owners", "* @acme/everyone", "*.tf @acme/platform # infra", "/docs/ @writer", "apps/**/deploy.yml @ops", "/envs/prod/db.tf"].join("\n"));
  it.each([
    ["README.md", ["acme/everyone"]],
    ["envs/dev/main.tf", ["acme/platform"]],
    ["docs/guide.md", ["writer"]],
    ["apps/web/k8s/deploy.yml", ["ops"]],
    ["envs/prod/db.tf", []],
  ])("%s is owned by %j (the last matching rule wins)", (file, owners) => {
    expect(ownersOf(rules, file)).toEqual(owners);
  });
});
