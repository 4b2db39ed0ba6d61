import fc from "fast-check";
import { describe, it } from "vitest";
import { codeSpan, escapeMarkdown } from "../../src/report/markdown/escape-markdown.js";
import { renderCheckRun } from "../../src/report/render-check-run.js";
import { renderComment } from "../../src/report/render-comment.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderMermaid } from "../../src/report/render-mermaid.js";
import type { Verdict } from "../../src/model/index.js";
import { checkProperty, fuzzRuns, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { hostileText } from "./support/hostile-text.js";
import { describeFindings, markdownFindings, neutralize } from "./support/markdown-safety.js";
import { ordinaryText, oversizedText, sketchOf, verdictOf } from "./support/verdict-arbitraries.js";

/** About 1 ms a case; the budget is a hang guard. */
const TARGET: FuzzTarget = { caseBudgetMs: 40 };
/** Cases with huge values cost more (up to 20 ms); a tenth of the runs covers the cuts. */
const OVERSIZED: FuzzTarget = { runs: Math.max(100, Math.round(fuzzRuns() / 10)), caseBudgetMs: 400 };
/** GitHub's limit for a check run summary or text, and for a comment body. */
const GITHUB_LIMIT = 65_536;
/** Fields whose values Airlock chooses from a fixed set; every other string in a verdict may come from the PR. */
const OWN_FIELDS = new Set(["action", "source", "certainty", "conclusion", "mode", "tier", "level", "confidence", "strength", "kinds"]);
const MERMAID_LINE = [
  /^```(mermaid)?$/,
  /^flowchart LR$/,
  /^ {2}n\d+\["[A-Za-z0-9_.:/\- ()…]{0,80}"\]$/,
  /^ {2}n\d+ --> n\d+$/,
  /^ {2}classDef (destroy|change|add|warn) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}$/,
  /^ {2}class n\d+ (destroy|change|add|warn)$/,
];

/** Renders a verdict every way Airlock does and checks each output. */
function assertRendersSafely(v: Verdict): void {
  assertSafe("renderMarkdown", renderMarkdown(v));
  assertSafe("renderComment", renderComment(v));
  const check = renderCheckRun(v, { deliveryId: "d-1", notRequiredWarning: true });
  assertSafe("check summary", check.summary);
  assertSafe("check text", check.text);
  const plain = renderCheckRun(withPrText(v, "x")).title;
  if (check.title !== plain || !/^[A-Za-z0-9 :·]+$/.test(check.title)) throw new Error(`check title depends on PR text: ${check.title}`);
  if (check.annotations.length > 50 || check.annotations.some((a) => a.title.length > 255 || a.message.length > 1000)) throw new Error("annotations exceed GitHub's limits");
}

function assertSafe(label: string, markdown: string): void {
  if (markdown.length >= GITHUB_LIMIT) throw new Error(`${label} is ${markdown.length} characters`);
  const findings = markdownFindings(markdown);
  if (findings.length > 0) throw new Error(`${label}: ${describeFindings(findings)}`);
}

describe("markdown rendering of arbitrary verdicts", () => {
  it(
    "keeps every generated value inert (no mention, HTML, link or broken table row) and under GitHub's size limit",
    async () => {
      await checkProperty(fc.property(verdictOf(ordinaryText), assertRendersSafely), TARGET);
    },
    testTimeoutMs(TARGET),
  );

  it(
    "stays inert when values are longer than the output can hold and the renderers cut it",
    async () => {
      await checkProperty(fc.property(verdictOf(oversizedText), assertRendersSafely), OVERSIZED);
    },
    testTimeoutMs(OVERSIZED),
  );

  it(
    "draws mermaid diagrams whose labels keep to the safe character set",
    async () => {
      await checkProperty(
        fc.property(sketchOf(oversizedText), (s) => {
          const diagram = renderMermaid(s);
          if (s.nodes.length === 0) return void (diagram === "" || fail("an empty sketch drew something"));
          const bad = diagram.split("\n").find((line) => !MERMAID_LINE.some((pattern) => pattern.test(line)));
          if (bad !== undefined) throw new Error(`unexpected mermaid line ${JSON.stringify(bad)}`);
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );

  it(
    "escapes any text into one inert line, leaves plain names alone, and fences code spans that read back whole",
    async () => {
      await checkProperty(
        fc.property(hostileText(8), (s) => {
          const escaped = escapeMarkdown(s);
          if (/[\r\n\u2028\u2029]/.test(escaped)) throw new Error("escapeMarkdown kept a line break");
          const findings = markdownFindings(`| ${escaped} |`);
          if (findings.length > 0 || escaped.includes("|")) throw new Error(`escapeMarkdown: ${describeFindings(findings)}`);
          if (/^[A-Za-z][A-Za-z0-9.]*$/.test(s) && !/www\./i.test(s) && escaped !== s) throw new Error(`a plain name changed: ${escaped}`);
          const span = codeSpan(s);
          if (neutralize(span.replace(/\\\|/g, "|")) !== "\u0002") throw new Error(`codeSpan is not one code span: ${span}`);
          const flat = s.replace(/[\r\n\u2028\u2029]+/g, " ");
          if (flat !== "" && !(flat.startsWith(" ") && flat.endsWith(" ")) && readCodeSpan(span) !== flat) throw new Error(`codeSpan reads back as ${JSON.stringify(readCodeSpan(span))}`);
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );
});

/** The verdict with every PR-derived string replaced by `text` (lists keep their lengths). */
function withPrText<T>(value: T, text: string, key = ""): T {
  if (typeof value === "string") return (OWN_FIELDS.has(key) ? value : text) as T;
  if (Array.isArray(value)) return value.map((item) => withPrText(item, text, key)) as T;
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPrText(v, text, k)])) as T;
}

function fail(message: string): never {
  throw new Error(message);
}

/** What a table cell holding one code span shows: pipes unescaped, fence removed, one padding space stripped. */
function readCodeSpan(span: string): string {
  const fence = /^`+/.exec(span)?.[0].length ?? 0;
  const inner = span.slice(fence, span.length - fence).replace(/\\\|/g, "|");
  return inner.length >= 2 && inner.startsWith(" ") && inner.endsWith(" ") && inner.trim() !== "" ? inner.slice(1, -1) : inner;
}
