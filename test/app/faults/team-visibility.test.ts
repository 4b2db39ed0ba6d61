import { describe, expect, it } from "vitest";
import type { TeamFault } from "../support/fake-github.js";
import { approvedDeletion, NO_PLAN_REQUIRED, pullRequestOpened, retryEvent, send, shown, useScenario } from "./scenario.js";

const TEAM = "Codertocat/platform";
const TEAM_REQUIRED = `${NO_PLAN_REQUIRED}approvals:\n  teams:\n    low: [${TEAM}]\n`;

/**
 * Team members come from GraphQL. A team that does not exist answers `team: null`; one the app may not read
 * answers `team: null` with a FORBIDDEN error; an unknown organization answers a NOT_FOUND error (GitHub's
 * form of a 404). In every case Airlock cannot know who is in the team, so nobody counts as a member.
 */
const CASES: { fault: TeamFault; name: string }[] = [
  { fault: "missing", name: "the team does not exist (team: null)" },
  { fault: "forbidden", name: "the team is not visible to the app (FORBIDDEN)" },
  { fault: "org-not-found", name: "the organization is not found (NOT_FOUND, GitHub's 404)" },
];

describe("a required team whose members cannot be read", () => {
  const t = useScenario(() => ({ ...approvedDeletion(TEAM_REQUIRED), teams: { [TEAM]: ["carol"] } }));

  it("opens the gate when the team is readable and carol, a member, approved", async () => {
    await send(t.probot, "visible", { name: "pull_request", payload: pullRequestOpened(t.state) });
    expect(t.github.latestCheck().conclusion).toBe("success");
  });

  it.each(CASES)("$name: the team's approval is missing, the check says why, and nothing crashes", async ({ fault }) => {
    t.state.teamFaults = { [TEAM]: fault };
    await send(t.probot, "hidden-team", { name: "pull_request", payload: pullRequestOpened(t.state) });

    const check = t.github.latestCheck();
    expect(check.conclusion).toBe("action_required");
    const text = shown(check);
    expect(text).toContain(`- an approval from a member of ${TEAM}`);
    expect(text).toContain(`team ${TEAM} was not found or is not visible to Airlock; its members are not counted`);
    expect(text).toContain("Approved by: `carol`, `dave`");
    expect(text).not.toContain("Could not evaluate");

    delete t.state.teamFaults;
    await send(t.probot, "team-visible-again", retryEvent(t.state, "recheck"));
    expect(t.github.latestCheck().conclusion).toBe("success");
    expect(t.state.checkRuns).toHaveLength(1);
  });
});
