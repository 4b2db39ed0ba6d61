/**
 * `asciiLower` lower-cases A–Z only. Unlike `toLowerCase`, it never changes the length of a string
 * (`"İ".toLowerCase()` has two code units), so an offset found in the lower-cased copy is valid in the
 * original. All fingerprints are ASCII, so nothing is lost for matching.
 */
export function asciiLower(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}
