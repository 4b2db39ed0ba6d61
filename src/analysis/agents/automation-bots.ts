/** A bot that opens or pushes to pull requests without being an AI coding agent. */
export interface AutomationBot {
  name: string;
  /** REST login, for messages only: matching is by `id` with `type: "Bot"`. */
  login: string;
  id: number;
}

/**
 * `AUTOMATION_BOTS` lists well-known non-AI automation bots. A PR they author with no AI trace is reported
 * as automation, not as an agent. `github-actions` is here although AI actions can run under it: their
 * markers still make the PR an agent PR, this list only explains why a bare bot PR is not one.
 */
export const AUTOMATION_BOTS: readonly AutomationBot[] = Object.freeze([
  { name: "dependabot", login: "dependabot[bot]", id: 49699333 },
  { name: "renovate", login: "renovate[bot]", id: 29139614 },
  { name: "github-actions", login: "github-actions[bot]", id: 41898282 },
].map((bot) => Object.freeze(bot)));
