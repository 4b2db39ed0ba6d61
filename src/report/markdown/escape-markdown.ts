/**
 * `escapeMarkdown` makes untrusted text (resource names, file paths, PR text) inert inside GitHub markdown:
 * no HTML, no links, autolinks or images, no emphasis or code, no table breaks, no @mentions or #references
 * that would notify people or link issues, no list or heading at its start. Line breaks become spaces, so
 * one value stays on one line of a table. Ordinary text (`aws_db_instance.main`) stays readable.
 */
export function escapeMarkdown(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  const flat = text.replace(/[\r\n\t\v\f\u2028\u2029]+/g, " ");
  const escaped = flat
    .replace(/[\\`*_[\]<>|~&#]/g, (ch) => ENTITIES[ch] ?? `\\${ch}`)
    .replace(/:\/\//g, "&#58;//")
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`)
    .replace(/@(?=[A-Za-z0-9])/g, "@\u200b");
  return escaped.replace(/^(\s*)([-+=]|\d+[.)])/, (_m, space: string, marker: string) => `${space}\\${marker}`);
}

/**
 * Text without any of these is returned as it is (no rule below would change it): line breaks, the escaped
 * characters, `:` (of `://`), `@`, `www.`, or a list or heading marker at the start.
 */
const NEEDS_ESCAPING = /[\r\n\t\v\f\u2028\u2029\\`*_[\]<>|~&#:@]|www\.|^\s*(?:[-+=]|\d+[.)])/i;

/** Characters safer as HTML entities than backslash escapes (GitHub ignores some escapes inside tables). */
const ENTITIES: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "|": "&#124;",
  "#": "&#35;",
};

/**
 * `codeSpan` renders untrusted text as inline code that cannot be broken out of: it uses a backtick fence
 * longer than any backtick run inside, and strips line breaks. Mentions inside code do not notify.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat.length === 0 ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
