import type { GateRequirement } from "../gate/decide-gate.js";
import { ownersOf, type CodeOwnersRule } from "./parse-codeowners.js";
import type { ReviewOutcome } from "./evaluate-reviews.js";

/** What a change needs from humans: a number of approvals, one from each listed team, and code owners. */
export interface ApprovalPolicy {
  count: number;
  /** `org/slug` teams; each needs at least one approval from a member. */
  teams: readonly string[];
  codeOwners: boolean;
}

/** Inputs of `approvalRequirements`. */
export interface ApprovalRequirementsInput {
  policy: ApprovalPolicy;
  outcome: ReviewOutcome;
  /** Team members by `org/slug`, as gathered in the snapshot. */
  teams: Readonly<Record<string, readonly string[]>>;
  /** CODEOWNERS rules and the files whose owners must approve (used when `policy.codeOwners`). */
  codeOwners?: { rules: readonly CodeOwnersRule[]; files: readonly string[] };
  /** Tamper: approvals needed from security teams on top of the rest. */
  tamper?: { teams: readonly string[]; count: number };
  /** Logins that can never approve (author, requester, agent), so they are not suggested as approvers. */
  excluded: ReadonlySet<string>;
}

/**
 * `approvalRequirements` turns a policy and the counted approvals into gate requirements, each saying who can
 * unblock it ("1 more approval from acme/platform: alice, bob"). Changes requested by an eligible reviewer block
 * until they approve or their review is dismissed.
 */
export function approvalRequirements(input: ApprovalRequirementsInput): GateRequirement[] {
  const approved = new Set(input.outcome.approvedBy.map((l) => l.toLowerCase()));
  const requirements: GateRequirement[] = [countRequirement(input.policy.count, approved.size)];
  for (const team of input.policy.teams) requirements.push(teamRequirement(team, input, approved, "wait"));
  if (input.policy.codeOwners && input.codeOwners) requirements.push(...codeOwnerRequirements(input, approved));
  if (input.tamper) requirements.push(...tamperRequirements(input.tamper, input, approved));
  for (const login of input.outcome.changesRequestedBy) {
    requirements.push({ id: `changes-requested:${login}`, met: false, missing: `${login} requested changes: address them and ask for a new review`, kind: "wait" });
  }
  return requirements.filter((r) => r.id !== "approvals" || input.policy.count > 0);
}

function countRequirement(count: number, approvals: number): GateRequirement {
  const more = count - approvals;
  return {
    id: "approvals",
    met: more <= 0,
    missing: `${more} more approval${more === 1 ? "" : "s"} (${count} required) from humans with write access who are neither the agent, the PR author nor the human who launched the agent`,
    kind: "wait",
  };
}

function teamRequirement(team: string, input: ApprovalRequirementsInput, approved: Set<string>, kind: "wait" | "fail"): GateRequirement {
  const members = input.teams[team] ?? [];
  const met = members.some((m) => approved.has(m.toLowerCase()));
  return { id: `team:${team}`, met, missing: `an approval from a member of ${team}${suggest(members, input.excluded)}`, kind };
}

function codeOwnerRequirements(input: ApprovalRequirementsInput, approved: Set<string>): GateRequirement[] {
  const { rules, files } = input.codeOwners!;
  const byOwners = new Map<string, string[]>();
  for (const file of files) {
    const owners = ownersOf(rules, file);
    if (owners.length === 0) continue;
    const key = owners.join(" ");
    byOwners.set(key, [...(byOwners.get(key) ?? []), file]);
  }
  return [...byOwners.entries()].map(([key, ownedFiles]) => {
    const owners = key.split(" ");
    const people = owners.flatMap((o) => (o.includes("/") ? (input.teams[o] ?? []) : [o]));
    const met = people.some((p) => approved.has(p.toLowerCase()));
    const first = ownedFiles[0] ?? "";
    const what = ownedFiles.length === 1 ? first : `${first} and ${ownedFiles.length - 1} more files`;
    return { id: `codeowners:${key}`, met, missing: `a code owner approval for ${what} from ${owners.join(", ")}${suggest(people, input.excluded)}`, kind: "wait" as const };
  });
}

function tamperRequirements(tamper: { teams: readonly string[]; count: number }, input: ApprovalRequirementsInput, approved: Set<string>): GateRequirement[] {
  if (tamper.teams.length === 0) {
    return [{ id: "tamper", met: false, missing: "this agent PR edits governance files and no security team is configured (tamper.securityTeams): a human must take it over", kind: "fail" }];
  }
  const members = new Set(tamper.teams.flatMap((t) => (input.teams[t] ?? []).map((m) => m.toLowerCase())));
  const got = [...approved].filter((l) => members.has(l)).length;
  const more = tamper.count - got;
  return [{
    id: "tamper",
    met: more <= 0,
    missing: `${more} approval${more === 1 ? "" : "s"} from ${tamper.teams.join(" or ")} because this agent PR edits governance files${suggest(tamper.teams.flatMap((t) => input.teams[t] ?? []), input.excluded)}`,
    kind: "fail",
  }];
}

function suggest(people: readonly string[], excluded: ReadonlySet<string>): string {
  const eligible = [...new Set(people)].filter((p) => !excluded.has(p.toLowerCase()));
  if (eligible.length === 0) return "";
  const shown = eligible.slice(0, 5).join(", ");
  return eligible.length > 5 ? `: ${shown} and ${eligible.length - 5} more` : `: ${shown}`;
}
