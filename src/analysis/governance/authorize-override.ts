/** Whether someone may override, with the override teams they belong to, or why not. */
export type OverrideAuthorization = { ok: true; teams: string[] } | { ok: false; why: string };

/** Who asks to override, and the facts about the PR and the config that decide it. */
export interface AuthorizeOverrideParams {
  /** The commenter's login. */
  login: string;
  /** The commenter's GitHub account type (`User`, `Bot`, `Organization`). */
  accountType: string;
  /** Team members by `org/slug`, as gathered in the snapshot. */
  teams: Readonly<Record<string, readonly string[]>>;
  /** `override.teams` from the config. */
  overrideTeams: readonly string[];
  /** True when the commenter is the PR's agent or another AI agent account. */
  isAgentAccount: boolean;
  /** The human who launched the agent, when known. */
  requester: string | null;
  /** The PR author's login. */
  author: string;
}

/**
 * `authorizeOverride` decides whether a commenter may break the glass, checking in this order: overrides
 * are enabled (`override.teams` is not empty); the commenter is a human (`User`, never a bot or an
 * organisation); not an AI agent account; not the PR author; not the human who launched the agent (separation
 * of duties: whoever set the change in motion cannot wave it through, just as their approval does not
 * count); and a member of at least one override team. Logins and team names are compared without case.
 * On success it lists the override teams the commenter belongs to, in config order, for the audit trail.
 */
export function authorizeOverride(params: AuthorizeOverrideParams): OverrideAuthorization {
  const login = params.login.toLowerCase();
  if (params.overrideTeams.length === 0) return { ok: false, why: "overrides are disabled: no team is listed in override.teams of .github/airlock.yml" };
  if (params.accountType !== "User") return { ok: false, why: `only humans can override: ${params.login} is a ${params.accountType || "unknown"} account` };
  if (params.isAgentAccount) return { ok: false, why: `an AI agent cannot override the gate: ${params.login} is an agent account` };
  if (login === "") return { ok: false, why: "the commenter is unknown" };
  if (login === params.author.toLowerCase()) return { ok: false, why: `the author of the PR cannot override the gate on it (${params.login})` };
  if (params.requester !== null && login === params.requester.toLowerCase()) return { ok: false, why: `the human who launched the agent cannot override the gate on its change (${params.login})` };
  const members = new Map<string, readonly string[]>();
  for (const [team, logins] of Object.entries(params.teams)) members.set(team.toLowerCase(), [...(members.get(team.toLowerCase()) ?? []), ...logins]);
  const teams = params.overrideTeams.filter((team) => (members.get(team.toLowerCase()) ?? []).some((m) => m.toLowerCase() === login));
  if (teams.length === 0) return { ok: false, why: `${params.login} is not a member of an override team (${params.overrideTeams.join(", ")})` };
  return { ok: true, teams };
}
