import { createHash } from "node:crypto";

/** The `prevHash` of the first record of a chain: 64 zeros. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * `chainHash` returns the hex SHA-256 of `prevHash` followed by `canonicalEventJson` (both UTF-8), which is
 * the `hash` of an audit record. Changing an event, or the record it links to, changes every later hash.
 */
export function chainHash(prevHash: string, canonicalEventJson: string): string {
  return createHash("sha256").update(prevHash, "utf8").update(canonicalEventJson, "utf8").digest("hex");
}
