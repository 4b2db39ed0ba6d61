import type { AirlockConfig } from "../config/index.js";

/** `teamsNeeded` lists every `org/slug` team whose members the gate may need: approvers per tier and environment, security and override teams. */
export function teamsNeeded(config: AirlockConfig): string[] {
  const teams = [
    ...Object.values(config.approvals.teams).flat(),
    ...config.environments.flatMap((e) => Object.values(e.approvals?.teams ?? {}).flat()),
    ...config.tamper.securityTeams,
    ...config.override.teams,
  ];
  return [...new Set(teams.filter((t): t is string => typeof t === "string"))].sort();
}
