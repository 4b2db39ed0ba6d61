// C0 and C1 control characters, DEL, and the Unicode bidi overrides that can make text read differently
// on a terminal than it is stored.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * `printable` makes text from the audit trail (logins, override reasons, config messages — all of which an
 * outsider can influence) safe to print on a terminal: control characters and bidi overrides become
 * visible `\u{…}` escapes instead of moving the cursor, recolouring or reordering the output.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16)}}`);
}
