/**
 * `DETECTION_LIMITS` bounds the work agent detection does on hostile input: a PR can carry thousands of
 * commits and a body of any size, so detection looks at a fixed prefix of each and never more.
 * `maxTextChars` is split between the head and the tail of a text because agents put markers at both ends
 * (Copilot opens its body with markers, Codex, Devin and Jules close theirs with footers).
 */
export const DETECTION_LIMITS = {
  maxCommits: 250,
  maxActors: 250,
  maxTextChars: 64 * 1024,
  maxValueChars: 200,
  /** Evidence entries kept per agent and signal, and in total, so the verdict stays readable. */
  maxEvidencePerSignal: 3,
  maxEvidence: 50,
} as const;

/**
 * `clipHeadAndTail` returns `text` when it fits in `maxChars`, otherwise its first and last halves joined
 * by a newline (so a marker cannot be forged by gluing the two halves together).
 */
export function clipHeadAndTail(text: string, maxChars: number = DETECTION_LIMITS.maxTextChars): string {
  if (text.length <= maxChars) return text;
  const half = Math.floor(maxChars / 2);
  return `${text.slice(0, half)}\n${text.slice(text.length - half)}`;
}

/** `clipHead` returns at most the first `maxChars` characters of `text`. */
export function clipHead(text: string, maxChars: number = DETECTION_LIMITS.maxTextChars): string {
  return text.length <= maxChars ? text : text.slice(0, maxChars);
}

/** `clipTail` returns at most the last `maxChars` characters of `text` (where commit trailers live). */
export function clipTail(text: string, maxChars: number = DETECTION_LIMITS.maxTextChars): string {
  return text.length <= maxChars ? text : text.slice(text.length - maxChars);
}
