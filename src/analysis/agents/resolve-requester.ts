import type { AgentDefinition, RequesterSource, SnapshotPullRequest } from "../../model/index.js";
import { inAccountList, type AccountList } from "./account-list.js";
import { asciiLower } from "./ascii-lower.js";
import { findLine } from "./find-line.js";
import { findLoginMention, isValidLogin } from "./find-login-mention.js";
import { parseIdentity } from "./parse-identity.js";
import { parseNoreplyEmail } from "./parse-noreply-email.js";
import type { PullRequestText } from "./read-pull-request-text.js";
import { REQUESTER_PHRASES } from "./requester-phrases.js";

/** The human who launched an agent, and where that was read. */
export interface Requester {
  login: string;
  source: RequesterSource;
}

/** What a requester may not be: the agent's own bots, automation bots, configured machine users. */
export interface NonHumans {
  botIds: ReadonlySet<number>;
  alwaysAgent?: AccountList;
}

/**
 * `resolveRequester` returns the launching human of `agent`'s PR from the first of its
 * `requesterSources` that names one: `co-author` (the first `Co-authored-by` whose email is a GitHub
 * noreply `<id>+<login>` of a non-bot account), `assignee` (the first assignee that is not the bot PR
 * author or a bot), `body-requested-by` / `body-started-by` (an `@login` on that line; a bare display
 * name or email does not count), `pr-author` (a `User` author that is not a configured machine user).
 * Returns undefined when no source names anyone.
 */
export function resolveRequester(params: {
  agent: AgentDefinition;
  pullRequest: SnapshotPullRequest;
  text: PullRequestText;
  nonHumans: NonHumans;
}): Requester | undefined {
  for (const source of params.agent.requesterSources) {
    const login = readSource(source, params);
    if (login !== undefined) return { login, source };
  }
  return undefined;
}

/**
 * `resolveRequesters` lists every human any of the agent's requester sources names, in preference order and
 * without duplicates. The gate excludes all of them from approving: an agent could otherwise write a trailer
 * that names a colleague and free the human who really launched it to approve its work.
 */
export function resolveRequesters(params: Parameters<typeof resolveRequester>[0]): Requester[] {
  const found: Requester[] = [];
  for (const source of params.agent.requesterSources) {
    const login = readSource(source, params);
    if (login !== undefined && !found.some((r) => r.login.toLowerCase() === login.toLowerCase())) found.push({ login, source });
  }
  return found;
}

function readSource(source: RequesterSource, params: Parameters<typeof resolveRequester>[0]): string | undefined {
  const { pullRequest, text, nonHumans } = params;
  switch (source) {
    case "co-author":
      return coAuthor(text, nonHumans);
    case "assignee":
      return assignee(pullRequest, nonHumans);
    case "body-requested-by":
    case "body-started-by":
      return bodyMention(text, source);
    case "pr-author": {
      const author = pullRequest.author;
      return author.type === "User" && !inAccountList(author, nonHumans.alwaysAgent) ? author.login : undefined;
    }
    default:
      return undefined;
  }
}

function coAuthor(text: PullRequestText, nonHumans: NonHumans): string | undefined {
  for (const commit of text.commits) {
    for (const trailer of commit.trailers) {
      if (trailer.key !== "co-authored-by") continue;
      const email = parseIdentity(trailer.value)?.email;
      const account = email === undefined ? undefined : parseNoreplyEmail(email);
      if (account === undefined || account.login.endsWith("[bot]") || nonHumans.botIds.has(account.id)) continue;
      if (!isValidLogin(account.login) || inAccountList(account, nonHumans.alwaysAgent)) continue;
      return account.login;
    }
  }
  return undefined;
}

function assignee(pullRequest: SnapshotPullRequest, nonHumans: NonHumans): string | undefined {
  const author = pullRequest.author;
  const botAuthor = author.type === "Bot" ? asciiLower(author.login) : undefined;
  return (pullRequest.assignees ?? []).find(
    (login) =>
      isValidLogin(login) &&
      asciiLower(login) !== botAuthor &&
      !inAccountList({ login }, nonHumans.alwaysAgent),
  );
}

function bodyMention(text: PullRequestText, source: "body-requested-by" | "body-started-by"): string | undefined {
  const phrase = REQUESTER_PHRASES[source];
  const found = findLine(text.body, text.bodyLower, phrase);
  if (found === undefined) return undefined;
  // "started by @" consumed the `@`: put it back so both phrases read the same way.
  return findLoginMention(phrase.endsWith("@") ? `@${found.rest}` : found.rest);
}
