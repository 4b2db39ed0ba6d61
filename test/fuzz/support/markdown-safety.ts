/**
 * A small reader of GitHub-flavoured markdown, enough to tell what in a rendered text is live markup and what is
 * inert: fenced code blocks, code spans (a backtick run closed by a run of the same length), backslash escapes,
 * and table rows (split into cells on pipes not preceded by a backslash, as GitHub does before reading cells).
 * `markdownFindings` lists what generated values could do to a reader of the PR: notify someone (`@login`),
 * inject HTML (`<script`, any tag outside Airlock's own), add links or images (`](`), or break a table row.
 * It reads line by line, which is stricter than GitHub (a code span never spans lines here).
 */
export interface MarkdownFinding {
  line: number;
  problem: string;
  excerpt: string;
}

/** Tags Airlock itself writes around its own content. */
const OWN_TAGS = /<\/?(details|summary|sub)>|<!-- airlock:summary -->/g;
const ESCAPED = "\u0001";
const CODE = "\u0002";
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** `markdownFindings` checks a rendered text; `cutNotice` marks the line where a renderer cut it short. */
export function markdownFindings(markdown: string, cutNotice = "…(cut"): MarkdownFinding[] {
  const findings: MarkdownFinding[] = [];
  if (markdown.includes("\r")) findings.push({ line: 0, problem: "carriage return (a line break markdown honours)", excerpt: "" });
  const lines = markdown.split("\n");
  let fence: { char: string; length: number } | null = null;
  let tableColumns: number | null = null;
  lines.forEach((text, index) => {
    const line = index + 1;
    const report = (problem: string) => findings.push({ line, problem, excerpt: text.slice(0, 160) });
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
      if (close?.[1]?.[0] === fence.char && close[1].length >= fence.length) fence = null;
      return;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(text);
    if (open !== null && !(open[1]?.[0] === "`" && open[2]?.includes("`"))) {
      fence = { char: open[1]?.[0] ?? "`", length: open[1]?.length ?? 3 };
      tableColumns = null;
      return;
    }
    if (text.startsWith("|")) {
      const cells = splitRow(text);
      const cutHere = lines.slice(index + 1, index + 3).some((l) => l.includes(cutNotice));
      if (tableColumns === null) tableColumns = cells.length;
      else if (cells.length > tableColumns || (cells.length < tableColumns && !cutHere)) report(`table row with ${cells.length - 2} cells in a ${tableColumns - 2}-column table`);
      for (const cell of cells) inertProblems(neutralize(cell.replace(/\\\|/g, "|"))).forEach(report);
      return;
    }
    tableColumns = null;
    inertProblems(neutralize(text)).forEach(report);
  });
  return findings;
}

/** Splits a table row on pipes that no backslash escapes. */
function splitRow(row: string): string[] {
  return row.split(/(?<!\\)\|/);
}

/**
 * Replaces code spans and backslash-escaped punctuation with placeholders, leaving the text markdown reads as
 * markup. A backtick run with no closing run of the same length is literal text.
 */
export function neutralize(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "\\" && i + 1 < text.length && ASCII_PUNCTUATION.test(text[i + 1] as string)) {
      out += ESCAPED;
      i += 2;
    } else if (c === "`") {
      const run = /^`+/.exec(text.slice(i))?.[0] ?? "`";
      const close = findClosingRun(text, i + run.length, run.length);
      if (close === -1) {
        out += run;
        i += run.length;
      } else {
        out += CODE;
        i = close + run.length;
      }
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

function findClosingRun(text: string, from: number, length: number): number {
  const pattern = /`+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) if (m[0].length === length) return m.index;
  return -1;
}

/** Decodes the character references markdown decodes in text (once, as a renderer does). */
function decodeReferences(text: string): string {
  const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', commat: "@", lpar: "(", rpar: ")", lsqb: "[", rsqb: "]", lbrack: "[", rbrack: "]", colon: ":", vert: "|", verbar: "|" };
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith("#")) {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref] ?? whole;
  });
}

/** What live text (code spans and escapes removed) must not hold. */
function inertProblems(live: string): string[] {
  const problems: string[] = [];
  if (/@[A-Za-z0-9]/.test(decodeReferences(live))) problems.push("@mention");
  if (/<script/i.test(live)) problems.push("<script");
  if (/\]\(\s*javascript:/i.test(live)) problems.push("](javascript:");
  else if (/\]\(/.test(live)) problems.push("link or image");
  if (/<[A-Za-z!/?]/.test(live.replace(OWN_TAGS, ""))) problems.push("raw HTML tag");
  if (/<(https?|mailto|javascript):/i.test(live)) problems.push("autolink");
  return problems;
}

/** `describeFindings` renders findings for a failure message. */
export function describeFindings(findings: readonly MarkdownFinding[]): string {
  return findings
    .slice(0, 5)
    .map((f) => `line ${f.line}: ${f.problem} in ${JSON.stringify(f.excerpt)}`)
    .join("; ");
}
