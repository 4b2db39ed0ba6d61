/** Invisible or direction-changing characters that could hide or reorder text: zero-width, bidi marks, embeddings, overrides, isolates, BOM. */
const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
];

/**
 * `cleanReason` strips control characters (C0 other than whitespace, DEL, C1) and invisible or
 * direction-changing characters from a human-written reason, turns every run of whitespace into one space
 * and trims it. It does not escape anything: the text stays raw, and each renderer escapes it for its format.
 */
export function cleanReason(text: string): string {
  const kept = [...text].filter((char) => !hidden(char.codePointAt(0) ?? 0));
  return kept.join("").replace(/\s+/g, " ").trim();
}

function hidden(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  return INVISIBLE.some(([low, high]) => code >= low && code <= high);
}
