/**
 * How to recognise one AI coding agent. Identities (`botIds`, `appIds`) are GitHub-asserted and decisive;
 * every other field is a claim anyone can type, so it only raises suspicion. All matching is literal
 * (exact, prefix or substring, case-insensitive where noted): user-supplied patterns are never compiled
 * as regular expressions, so a config cannot make matching slow.
 */
export interface AgentDefinition {
  /** Stable id used in labels, verdicts and config (`copilot`, `devin`). */
  name: string;
  displayName: string;
  /** Numeric GitHub account ids of the agent's bot (matched together with `type: "Bot"`). */
  botIds: number[];
  /** GitHub App ids (as in `performed_via_github_app.id`). */
  appIds: number[];
  /** GitHub App slugs, informational and for `performed_via_github_app.slug` cross-checks. */
  appSlugs: string[];
  /** Exact commit author/committer emails (case-insensitive). */
  emails: string[];
  /** Email domains owned by the vendor (`anthropic.com` matches `noreply@anthropic.com`). */
  emailDomains: string[];
  /** Git author/committer name suffixes (`(aider)`). */
  nameSuffixes: string[];
  /** Commit trailer keys whose presence is a claim (`Agent-Logs-Url`, `Amp-Thread-ID`). */
  trailerKeys: string[];
  /** Commit subject prefixes (`aider: `). */
  subjectPrefixes: string[];
  /** Substrings of the PR body (`<!-- START COPILOT CODING AGENT`, `app.devin.ai/sessions/`). */
  bodyMarkers: string[];
  /** Head branch prefixes (`copilot/`). */
  branchPrefixes: string[];
  /** Labels the agent's own app adds (`codex`). */
  labels: string[];
  /** Where the human who launched the agent can be read, in order of preference. */
  requesterSources: RequesterSource[];
}

/**
 * Places that name the human who launched an agent: a `Co-authored-by` trailer with a GitHub noreply email,
 * PR assignees, a `Requested by:` line or `started by @user` in the body, or the PR author when the agent
 * acts through the human's account.
 */
export type RequesterSource = "co-author" | "assignee" | "body-requested-by" | "body-started-by" | "pr-author";
