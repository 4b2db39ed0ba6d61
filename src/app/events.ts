/**
 * The webhook events Airlock handles, and which ones are its own echo. Kept in one list so app.yml and
 * the registered handlers cannot drift apart (a test compares them).
 */
export const PULL_REQUEST_EVENTS = [
  "pull_request.opened",
  "pull_request.synchronize",
  "pull_request.reopened",
  "pull_request.ready_for_review",
  "pull_request.edited",
  "pull_request.labeled",
  "pull_request.unlabeled",
] as const;

export const REVIEW_EVENTS = ["pull_request_review.submitted", "pull_request_review.edited", "pull_request_review.dismissed"] as const;

export const RERUN_EVENTS = ["check_run.rerequested", "check_suite.rerequested"] as const;

export const COMMENT_EVENTS = ["issue_comment.created"] as const;

export const WORKFLOW_EVENTS = ["workflow_run.completed"] as const;

export const MERGE_EVENTS = ["pull_request.closed"] as const;

/** Installations on new repositories: Airlock's labels are created there, styled, ahead of first use. */
export const INSTALL_EVENTS = ["installation.created", "installation_repositories.added"] as const;

/** Events GitHub sends every app without a subscription (app.yml cannot and need not list them). */
export const AUTOMATIC_EVENTS = ["installation", "installation_repositories"] as const;

/** Every `event.action` Airlock registers a handler for. */
export const HANDLED_EVENTS = [...PULL_REQUEST_EVENTS, ...REVIEW_EVENTS, ...RERUN_EVENTS, ...COMMENT_EVENTS, ...WORKFLOW_EVENTS, ...MERGE_EVENTS, ...INSTALL_EVENTS] as const;

/** The name of the gate's check run (contract). */
export const CHECK_NAME = "Airlock";

/**
 * `isOwnLabelEvent` tells whether a labeled/unlabeled event is Airlock's own label sync echoing back:
 * sent by a bot, about a label in Airlock's namespace. Humans removing or adding an Airlock label re-evaluate.
 */
export function isOwnLabelEvent(params: { senderType?: string; senderLogin?: string; label?: string; namespace: string; appSlug?: string }): boolean {
  if (params.label === undefined || !params.label.startsWith(params.namespace)) return false;
  if (params.senderType !== "Bot") return false;
  return params.appSlug === undefined || params.senderLogin === `${params.appSlug}[bot]`;
}

/** `parseAirlockCommand` reads a `/airlock <verb> [rest]` PR comment; null when the comment is not a command. */
export function parseAirlockCommand(body: string): { verb: string; rest: string } | null {
  const first = body.trimStart().split(/\r?\n/, 1)[0] ?? "";
  const match = /^\/airlock(?:\s+([a-z-]+))?(?:\s+(.*))?$/i.exec(first.trim());
  if (!match) return null;
  return { verb: (match[1] ?? "help").toLowerCase(), rest: (match[2] ?? "").trim() };
}
