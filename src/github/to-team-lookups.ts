import type { TeamLookup } from "./build-objects-query.js";

/**
 * `toTeamLookups` turns `org/slug` team names into query lookups (`t0`, `t1`, … in order, duplicates
 * dropped). A name that is not `org/slug` cannot be looked up: it gets a warning and no lookup.
 */
export function toTeamLookups(teams: readonly string[]): { lookups: (TeamLookup & { name: string })[]; warnings: string[] } {
  const lookups: (TeamLookup & { name: string })[] = [];
  const warnings: string[] = [];
  for (const name of new Set(teams)) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(name);
    if (match?.[1] === undefined || match[2] === undefined) {
      warnings.push(`team ${JSON.stringify(name)} is not of the form org/slug; its members are not counted`);
      continue;
    }
    lookups.push({ alias: `t${lookups.length}`, org: match[1], slug: match[2], name });
  }
  return { lookups, warnings };
}
