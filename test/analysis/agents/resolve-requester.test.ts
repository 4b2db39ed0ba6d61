import { describe, expect, it } from "vitest";
import { findLoginMention } from "../../../src/analysis/agents/find-login-mention.js";
import { DEFAULT_AGENTS, detectAgent } from "../../../src/analysis/agents/index.js";
import { parseNoreplyEmail } from "../../../src/analysis/agents/parse-noreply-email.js";
import type { PullRequestSnapshot } from "../../../src/model/index.js";
import { aBot, aCommit, anAccount, aSnapshot } from "../../helpers/snapshot.js";

const COPILOT = aBot("Copilot", 198982749);
const DEVIN = aBot("devin-ai-integration[bot]", 158243242);
const JULES = aBot("google-labs-jules[bot]", 161369871);

const coAuthored = (...emails: string[]) =>
  aCommit({ message: `Change\n\n${emails.map((e) => `Co-authored-by: Someone <${e}>`).join("\n")}` });

describe("requester resolution", () => {
  it.each<{ name: string; snapshot: PullRequestSnapshot; alwaysAgent?: { logins: string[]; ids: number[] }; requester: string | null }>([
    {
      name: "skips bot and agent co-authors to reach the human",
      snapshot: aSnapshot({
        pullRequest: { author: COPILOT },
        commits: [
          coAuthored(
            "198982749+Copilot@users.noreply.github.com",
            "49699333+dependabot[bot]@users.noreply.github.com",
            "noreply@anthropic.com",
            "1001+alice@users.noreply.github.com",
          ),
        ],
      }),
      requester: "alice",
    },
    {
      name: "keeps the login's case from the noreply address",
      snapshot: aSnapshot({ pullRequest: { author: COPILOT }, commits: [coAuthored("3085284+NikolajBjorner@users.noreply.github.com")] }),
      requester: "NikolajBjorner",
    },
    {
      name: "takes the first human co-author in commit order",
      snapshot: aSnapshot({
        pullRequest: { author: COPILOT },
        commits: [coAuthored("1001+alice@users.noreply.github.com"), coAuthored("2002+bob@users.noreply.github.com")],
      }),
      requester: "alice",
    },
    {
      name: "does not take a configured machine user as co-author",
      snapshot: aSnapshot({ pullRequest: { author: COPILOT, assignees: ["carol"] }, commits: [coAuthored("4004+openhands-agent@users.noreply.github.com")] }),
      alwaysAgent: { logins: ["openhands-agent"], ids: [] },
      requester: "carol",
    },
    {
      name: "ignores the Copilot bot and [bot] logins among assignees",
      snapshot: aSnapshot({ pullRequest: { author: COPILOT, assignees: ["Copilot", "renovate[bot]", "dave"] } }),
      requester: "dave",
    },
    {
      name: "reads a Devin requester written as name and @login",
      snapshot: aSnapshot({ pullRequest: { author: DEVIN, body: "Requested by: Alice Example (@alice-e)" } }),
      requester: "alice-e",
    },
    {
      name: "ignores an email's @ on the Requested-by line",
      snapshot: aSnapshot({ pullRequest: { author: DEVIN, body: "Requested by: Alice (alice@example.com)" } }),
      requester: null,
    },
    {
      name: "reads Jules' started-by mention despite closing punctuation",
      snapshot: aSnapshot({ pullRequest: { author: JULES, body: "*PR created automatically by Jules for task [1](https://jules.google.com/task/1) started by @frank.*" } }),
      requester: "frank",
    },
    {
      name: "never names a bot PR author as requester",
      snapshot: aSnapshot({ pullRequest: { author: aBot("amazon-q-developer[bot]", 208079219) } }),
      requester: null,
    },
    {
      name: "never names a configured machine user as requester",
      snapshot: aSnapshot({ pullRequest: { author: anAccount({ login: "ci-agent", id: 9 }) }, commits: [aCommit({ message: "aider: x" })] }),
      alwaysAgent: { logins: [], ids: [9] },
      requester: null,
    },
  ])("$name", ({ snapshot, alwaysAgent, requester }) => {
    expect(detectAgent({ snapshot, registry: DEFAULT_AGENTS, alwaysAgent }).requester).toBe(requester);
  });

  it("reports where the requester was read", () => {
    const snapshot = aSnapshot({ pullRequest: { author: DEVIN, body: "Requested by: @alice" } });

    expect(detectAgent({ snapshot, registry: DEFAULT_AGENTS }).evidence.at(-1)).toEqual({
      signal: "requester",
      value: "alice (body-requested-by)",
      strength: "weak",
      agent: "devin",
    });
  });
});

describe("findLoginMention", () => {
  it.each([
    ["@alice", "alice"],
    ["(**@a-b**)", "a-b"],
    ["jane@example.com then @bob", "bob"],
    ["@jane.doe", undefined],
    ["@-bad @ok", "ok"],
    ["@a--b", undefined],
    [`@${"x".repeat(40)}`, undefined],
    ["Alice Example", undefined],
  ])("%s → %s", (text, expected) => {
    expect(findLoginMention(text)).toBe(expected);
  });
});

describe("parseNoreplyEmail", () => {
  it.each([
    ["198982749+Copilot@users.noreply.github.com", { id: 198982749, login: "Copilot" }],
    ["158243242+devin-ai-integration[bot]@users.noreply.github.com", { id: 158243242, login: "devin-ai-integration[bot]" }],
    ["7+carol@users.noreply.ghe.acme.dev", { id: 7, login: "carol" }],
    ["alice@users.noreply.github.com", undefined],
    ["12x+alice@users.noreply.github.com", undefined],
    ["1001+alice@github.com", undefined],
  ])("%s", (email, expected) => {
    expect(parseNoreplyEmail(email)).toEqual(expected);
  });
});
