import { recognizeAgent } from "../analysis/recognize-agent.js";
import { authorizeOverride, parseOverride } from "../analysis/governance/index.js";
import type { AuditStore } from "../audit/index.js";
import { loadSnapshot, postComment } from "../github/index.js";
import type { OverrideEvent } from "../model/audit-event.js";
import { codeSpan, escapeMarkdown } from "../report/markdown/escape-markdown.js";
import type { EvaluationRequest } from "./evaluate-pull-request.js";
import { loadConfig } from "./load-config.js";
import { teamsNeeded } from "./teams-needed.js";
import { wantsBody } from "./wants-body.js";

/** Who asked for an override, as GitHub recorded the comment's author. */
export interface OverrideAuthor {
  login: string;
  id: number;
  type: string;
}

/**
 * `handleOverride` answers `/airlock override <reason>`: it checks the reason and that the commenter is a human
 * in a configured override team (never the agent, its requester or the PR author), records the override for the
 * current head SHA in the audit trail, and replies. Returns true when an override was recorded (the caller then
 * re-evaluates, which opens the gate for that head SHA only). Every refusal is a reply saying why.
 */
export async function handleOverride(params: { request: EvaluationRequest; store: AuditStore; author: OverrideAuthor; body: string; now: Date }): Promise<boolean> {
  const { request, store, author } = params;
  const reply = (text: string) => postComment({ client: request.octokit, owner: request.owner, repo: request.repo, issueNumber: request.pullNumber, body: text });
  const config = await loadConfig({ octokit: request.octokit, owner: request.owner, repo: request.repo });
  if (!config.ok) {
    await reply("Airlock cannot take an override while `.github/airlock.yml` is invalid: fix the config first.");
    return false;
  }
  const parsed = parseOverride({ body: params.body, minReasonLength: config.config.override.minReasonLength });
  if (!parsed.ok) {
    await reply(`Override refused: ${escapeMarkdown(parsed.error)}`);
    return false;
  }
  const { snapshot } = await loadSnapshot({ client: request.octokit, owner: request.owner, repo: request.repo, pullNumber: request.pullNumber, now: params.now.toISOString(), wantsBody, teams: teamsNeeded(config.config), codeowners: false });
  const agent = recognizeAgent({ snapshot, config: config.config });
  const account = { login: author.login, id: author.id, type: author.type === "Bot" ? ("Bot" as const) : ("User" as const) };
  const authorized = authorizeOverride({
    login: author.login,
    accountType: author.type,
    teams: snapshot.teams,
    overrideTeams: config.config.override.teams,
    isAgentAccount: agent.isAgentAccount(account),
    requester: agent.verdict.requester,
    author: snapshot.pullRequest.author.login,
  });
  if (!authorized.ok) {
    await reply(`Override refused for ${codeSpan(author.login)}: ${escapeMarkdown(authorized.why)}`);
    return false;
  }
  const headSha = snapshot.pullRequest.headSha;
  const event: OverrideEvent = { kind: "override", at: params.now.toISOString(), repository: snapshot.repository, pullNumber: request.pullNumber, headSha, login: author.login, reason: parsed.reason, teams: authorized.teams, deliveryId: request.deliveryId };
  await store.append(event, { dedupeKey: `override:${request.deliveryId}` });
  await reply(`🔓 Break-glass override by ${codeSpan(author.login)} (${authorized.teams.map(codeSpan).join(", ")}) for ${codeSpan(headSha.slice(0, 7))}: ${escapeMarkdown(parsed.reason)}\n\nThe gate opens for this commit only; a new push closes it again. This override is recorded in the audit trail.`);
  return true;
}
