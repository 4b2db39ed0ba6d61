import type { AuditEvent, AuditRecord } from "../../../../src/model/audit-event.js";
import type { Tier } from "../../../../src/model/score.js";
import { evaluation, override, records } from "../../../report/dashboard/support/audit-records.js";

/** Override reasons, two of them hostile: the page must show them as text and never run them. */
export const REASONS = [
  "prod DNS outage, rolling back the resolver change",
  "<script>window.__xss = 1</script>",
  "security patch for CVE-2026-1234 must ship tonight",
  '<img src=x onerror="window.__xss = 2">',
];

const AGENTS = ["copilot", "devin", "claude-code", "codex"];
const REPOS = ["acme/infra", "acme/platform", "acme/dns"];
const TIERS: Tier[] = ["low", "medium", "high", "critical"];

/** What the generator put in the trail, counted independently of the code under test. */
export interface Expected {
  agentPullRequests: number;
  humanPullRequests: number;
  overrides: number;
  daysWithOverrides: number;
}

/**
 * `realisticRecords` writes 30 days of audit trail ending on the day of `now` (at least 15:00 UTC): every day
 * 1–4 agent PRs and 0–2 human PRs, first evaluated from 09:00 UTC and blocked; most are approved after 20
 * minutes to several hours, every fifth agent PR is overridden an hour in, and the newest stay blocked.
 */
export function realisticRecords(now: Date): { records: AuditRecord[]; expected: Expected } {
  const events: AuditEvent[] = [];
  const expected: Expected = { agentPullRequests: 0, humanPullRequests: 0, overrides: 0, daysWithOverrides: 0 };
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let pullNumber = 100;
  for (let d = 0; d < 30; d += 1) {
    const dayStart = today - (29 - d) * 86_400_000;
    const agentCount = 1 + ((d * 7) % 4);
    const humanCount = d % 3;
    let overridesToday = 0;
    for (let k = 0; k < agentCount + humanCount; k += 1) {
      pullNumber += 1;
      const agent = k < agentCount ? (AGENTS[(d + k) % AGENTS.length] ?? null) : null;
      const first = dayStart + 9 * 3_600_000 + k * 1_800_000;
      const base = { repository: REPOS[(d + k) % REPOS.length], pullNumber, headSha: `${pullNumber.toString(16)}cafe`, agent, destructiveness: TIERS[(d * 3 + k) % 4], blastRadius: TIERS[(d + 2 * k) % 4] };
      events.push(evaluation({ ...base, at: iso(first), missing: ["1 more approval from acme/platform", "plan for envs/prod not found yet"] }));
      if (agent === null) expected.humanPullRequests += 1;
      else expected.agentPullRequests += 1;
      if (agent !== null && pullNumber % 5 === 0) {
        events.push(override({ ...base, at: iso(first + 3_600_000), login: "sre-oncall", reason: REASONS[expected.overrides % REASONS.length] ?? "" }));
        events.push(evaluation({ ...base, at: iso(first + 3_660_000), conclusion: "success" }));
        expected.overrides += 1;
        overridesToday += 1;
      } else if (d < 27 || k === 0) {
        const latency = (20 + ((d * 37 + k * 53) % 340)) * 60_000;
        events.push(evaluation({ ...base, at: iso(first + latency), conclusion: "success" }));
      }
    }
    if (overridesToday > 0) expected.daysWithOverrides += 1;
  }
  return { records: records(...events.filter((e) => Date.parse(e.at) <= now.getTime())), expected };
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
