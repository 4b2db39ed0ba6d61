import { createHash } from "node:crypto";
import type { ResourceChange } from "../../model/resource-change.js";
import { riskRecords } from "./risk-records.js";

const VERSION = "airlock-risk-digest-v1";

/**
 * `riskDigest` returns the hex SHA-256 of the risk-relevant change set (`riskRecords`, prefixed with a
 * format version): resource address × action × move origin × replacement × changed protection, exposure and
 * sensitive attributes. The same changes in another order, or differing only in attributes that carry no
 * risk (tags, timestamps, sizes, the values of sensitive attributes), give the same digest; an added
 * destroy, a new replacement path or a protection switched off gives another. It binds approvals to a plan
 * (`approvals.bind: plan`) and is recorded in the audit trail as `planDigest`.
 */
export function riskDigest(changes: readonly ResourceChange[]): string {
  const hash = createHash("sha256").update(VERSION);
  for (const record of riskRecords(changes)) hash.update("\n").update(record);
  return hash.digest("hex");
}
