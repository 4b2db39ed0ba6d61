import { findGateOpenings, timeline } from "../../report/dashboard/index.js";
import type { AuditReader } from "../dashboard/audit-reader.js";

/**
 * `approvalLatencySeconds` tells whether the evaluation just recorded (`at`, for `headSha` of the PR)
 * opened the gate, and if so after how long: it reads the PR's evaluations and overrides from the audit
 * trail and applies `findGateOpenings`. Returns the seconds to pass to `recordApproval`, or null when this
 * evaluation is not the opening (the head was never held, was already open, or was overridden).
 */
export async function approvalLatencySeconds(reader: AuditReader, evaluation: { repository: string; pullNumber: number; headSha: string; at: string }): Promise<number | null> {
  const atMs = Date.parse(evaluation.at);
  if (!Number.isFinite(atMs)) return null;
  const records = await reader.list({ repository: evaluation.repository, pullNumber: evaluation.pullNumber, kinds: ["evaluation", "override"] });
  const opening = findGateOpenings(timeline(records, atMs)).find((o) => o.headSha === evaluation.headSha && o.openedMs === atMs);
  return opening?.seconds ?? null;
}
