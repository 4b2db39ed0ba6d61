import { createHash, timingSafeEqual } from "node:crypto";

/**
 * `tokensMatch` compares a presented secret with the expected one in constant time: both are hashed with
 * SHA-256 first, so neither the content nor the length of the expected token leaks through timing. An
 * empty expected token never matches.
 */
export function tokensMatch(presented: string, expected: string): boolean {
  if (expected.length === 0) return false;
  const a = createHash("sha256").update(presented, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
