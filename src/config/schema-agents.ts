import { z } from "zod";
import type { RequesterSource } from "../model/agent-definition.js";
import type { AgentConfidence } from "../model/verdict.js";
import { accountIdSchema, literalSchema, loginSchema } from "./schema-primitives.js";

const CONFIDENCES = ["verified", "likely", "possible"] as const satisfies readonly AgentConfidence[];

const REQUESTER_SOURCES = [
  "co-author",
  "assignee",
  "body-requested-by",
  "body-started-by",
  "pr-author",
] as const satisfies readonly RequesterSource[];

const emailSchema = literalSchema(254).regex(/^[^@\s]+@[^@\s]+$/, { error: "expected an email address (like `bot@acme.example`)" });

const domainSchema = literalSchema(253).regex(/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/, {
  error: "expected a domain (like `acme.example`), without `@`",
});

function optionalList<T extends z.ZodType>(item: T) {
  return z.array(item).max(50).optional();
}

/**
 * One entry of `agents.registry`: a new agent, or more fingerprints for a built-in one. Every field but
 * `name` is optional. Strings are matched literally (exact, prefix or substring), never as regular
 * expressions.
 */
export const agentEntrySchema = z.strictObject({
  /**
   * Stable id of the agent (`copilot`, `devin`, `acme-bot`). An entry whose name matches a built-in agent
   * (case-insensitively) extends it: its lists are added to the built-in ones, which cannot be removed.
   * Any other name adds a new agent.
   */
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    error: "expected an agent name of letters, digits, `.`, `-` and `_` (like `acme-bot`)",
  }),
  /** Name shown in reports (defaults to `name`). */
  displayName: literalSchema(60).optional(),
  /** Numeric ids of the agent's bot accounts. GitHub asserts them, so a match is decisive (`verified`). */
  botIds: optionalList(accountIdSchema),
  /** GitHub App ids the agent acts through (`performed_via_github_app.id`); decisive like `botIds`. */
  appIds: optionalList(accountIdSchema),
  /** GitHub App slugs, for cross-checks and reports. */
  appSlugs: optionalList(literalSchema(100)),
  /** Exact commit author or committer emails (case-insensitive). A claim: anyone can write them. */
  emails: optionalList(emailSchema),
  /** Email domains only the vendor uses (`anthropic.com` matches `noreply@anthropic.com`). A claim. */
  emailDomains: optionalList(domainSchema),
  /** Git author or committer name suffixes (`(aider)`). A claim. */
  nameSuffixes: optionalList(literalSchema(60)),
  /** Commit trailer keys whose presence is a claim (`Agent-Logs-Url`). */
  trailerKeys: optionalList(literalSchema(60)),
  /** Commit subject prefixes (`aider: `). A claim. */
  subjectPrefixes: optionalList(literalSchema(60)),
  /** Substrings of the PR body (`app.devin.ai/sessions/`). A claim. */
  bodyMarkers: optionalList(literalSchema(200)),
  /** Head branch prefixes (`copilot/`). A weak hint. */
  branchPrefixes: optionalList(literalSchema(100)),
  /** Labels the agent's own App adds (`codex`); they count only when that App added them. */
  labels: optionalList(literalSchema(50)),
  /**
   * Where to read the human who launched the agent, in order of preference: `co-author`, `assignee`,
   * `body-requested-by`, `body-started-by`, `pr-author`. That human's approval does not count.
   */
  requesterSources: z.array(z.enum(REQUESTER_SOURCES)).max(REQUESTER_SOURCES.length).optional(),
});

/** Accounts listed by login and by numeric id. */
export const accountListSchema = z.strictObject({
  /** Logins, compared case-insensitively (`my-agent[bot]`). A login can be renamed; prefer `ids`. */
  logins: z.array(loginSchema).max(100).default(() => []),
  /** Numeric account ids (shown by `https://api.github.com/users/<login>`). */
  ids: z.array(accountIdSchema).max(100).default(() => []),
});

/** The `agents` section: how Airlock recognises AI coding agents. */
export const agentsSchema = z.strictObject({
  /**
   * From which detection confidence a PR counts as agent-authored: `verified` (a GitHub-asserted identity:
   * the agent's bot or App), `likely` (structured claims such as agent commit trailers or emails) or
   * `possible` (weaker hints such as a branch prefix). Lower catches more, with more false alarms.
   */
  minimumConfidence: z.enum(CONFIDENCES).default("likely"),
  /** Agents to add to the built-in registry, or fingerprints to add to a built-in agent (matched by `name`). */
  registry: z.array(agentEntrySchema).max(50).default(() => []),
  /**
   * Accounts whose PRs are always agent-authored (`verified`): machine users that run an agent, a custom
   * `claude-code-action` bot.
   */
  alwaysAgent: accountListSchema.prefault({}),
  /**
   * Accounts whose PRs are never agent-authored, whatever the PR or its commits claim: a human whose login
   * looks like an agent's. The check is on the PR author, so listing an agent's own bot turns its gate off.
   */
  neverAgent: accountListSchema.prefault({}),
});
