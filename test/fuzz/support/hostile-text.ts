import fc from "fast-check";

/**
 * Fragments that mean something to markdown, HTML, GitHub, YAML, JSON or HCL, mixed into generated names and
 * texts so that most cases hit an escaping rule instead of plain letters.
 */
export const NASTY_FRAGMENTS = [
  "@alice",
  "@acme/platform",
  "a@b.example",
  "<script>alert(1)</script>",
  "<SCRIPT src=//x>",
  "<img src=x onerror=alert(1)>",
  "[x](javascript:alert(1))",
  "](javascript:",
  "](JavaScript:alert(1))",
  "![i](https://evil.example/x.png)",
  "<https://evil.example>",
  "|",
  "||",
  "\\|",
  "\\",
  "`",
  "``",
  "```",
  "~~~",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
  "\t",
  "<!--",
  "-->",
  "<details>",
  "</summary>",
  "#1",
  "&#64;",
  "&commat;",
  "&lt;",
  "&#124;",
  "*",
  "_",
  "~",
  "${{ secrets.X }}",
  "${var.x}",
  "%{ if x }",
  "http://evil.example",
  "www.evil.example",
  "- ",
  "1. ",
  "> ",
  "# ",
  "=== ",
  "\u200b",
  "\u0000",
  "\ufeff",
  "\ud800",
  "é",
  "💥",
  '"',
  "'",
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  ":",
  "=",
  "/",
  ".",
  " ",
] as const;

/** `nastyFragment` picks one fragment. */
export const nastyFragment: fc.Arbitrary<string> = fc.nat(NASTY_FRAGMENTS.length - 1).map((i) => NASTY_FRAGMENTS[i] as string);

/**
 * `hostileText` generates short strings, mostly built from nasty fragments and random characters, sometimes
 * arbitrary UTF-16 (lone surrogates included). Built from cheap arbitraries: generation must cost far less
 * than the code under test.
 */
export function hostileText(maxParts = 6): fc.Arbitrary<string> {
  const pieces = fc.array(fc.integer({ min: -3, max: NASTY_FRAGMENTS.length - 1 }), { maxLength: maxParts });
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(pieces, fc.string({ maxLength: 4 })).map(([ids, random]) => ids.map((i) => (i < 0 ? random : NASTY_FRAGMENTS[i])).join("")) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
  );
}

const WORDS = ["main", "db", "this", "web", "prod", "logs", "vpc", "app", "a", "b-c", "x_1", "primary", "replica", "cache"];

/** `identifier` generates a Terraform-style identifier. */
export const identifier: fc.Arbitrary<string> = fc
  .tuple(fc.nat(WORDS.length - 1), fc.nat(40))
  .map(([w, n]) => (n < 20 ? (WORDS[w] as string) : `${WORDS[w] as string}_${n}`));

/** `nameLike` is mostly an identifier, sometimes hostile text (names come from the PR, so they can be anything). */
export function nameLike(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 4, arbitrary: identifier }, { weight: 1, arbitrary: hostileText(4) });
}

/**
 * `leaksSecret` tells whether `text` holds the secret or any 8-character piece of it (a parser message that
 * quotes a few characters around an error would leak part of it).
 */
export function leaksSecret(text: string, secret: string): boolean {
  for (let i = 0; i + 8 <= secret.length; i += 1) if (text.includes(secret.slice(i, i + 8))) return true;
  return false;
}
