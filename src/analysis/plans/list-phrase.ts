const MAX_NAMED = 8;

/**
 * `listPhrase` joins names for a sentence: `a`, `a and b`, `a, b and c`; past eight names the rest are
 * counted (`…, h and 3 more`) so a PR touching hundreds of roots still gets a readable line.
 */
export function listPhrase(names: readonly string[]): string {
  if (names.length <= MAX_NAMED) {
    if (names.length <= 1) return names.join("");
    return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
  }
  return `${names.slice(0, MAX_NAMED).join(", ")} and ${names.length - MAX_NAMED} more`;
}

/** `shortSha` returns the first seven characters of a commit SHA, as GitHub shows it. */
export function shortSha(sha: string): string {
  return sha.slice(0, 7);
}
