import fc from "fast-check";
import { describe, it } from "vitest";
import { parseSnapshot } from "../../src/ingest/snapshot/parse-snapshot.js";
import type { Diagnostic } from "../../src/model/index.js";
import { checkProperty, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { leaksSecret } from "./support/hostile-text.js";
import { diagnosticProblems, failUnless } from "./support/ingest-checks.js";
import { applyEdits, editList, mutation, type EditedText } from "./support/mutate-text.js";
import { JSON_TOKENS } from "./support/plan-arbitraries.js";
import { SNAPSHOT_SECRET, snapshotValue } from "./support/snapshot-arbitraries.js";

/** About 1 ms a case; the budget is a hang guard. */
const TARGET: FuzzTarget = { caseBudgetMs: 30 };
const FILE = "snapshot.json";
const SHA = /^[0-9a-f]{7,64}$/i;

const cases = fc
  .record({ value: snapshotValue, pretty: fc.boolean(), edits: editList(JSON_TOKENS) })
  .map(({ value, pretty, edits }) => ({ ...value, text: applyEdits(JSON.stringify(value.value, null, pretty ? 2 : undefined), edits) }));

/** Texts that are not JSON: a snapshot with a cut, a stray character or a deleted stretch somewhere. */
const brokenTexts = fc
  .record({ value: snapshotValue, pretty: fc.boolean(), edits: fc.array(mutation(JSON_TOKENS), { minLength: 1, maxLength: 3 }) })
  .map(({ value, pretty, edits }) => ({ text: applyEdits(JSON.stringify(value.value, null, pretty ? 2 : undefined), edits) }))
  .filter(({ text }) => !isJson(text.text));

describe("parseSnapshot on generated and damaged snapshots", () => {
  it(
    "never throws, accepts every valid snapshot, and refuses the rest with diagnostics about this file",
    async () => {
      await checkProperty(
        fc.property(cases, ({ damaged, text }) => {
          const result = parseSnapshot({ text: text.text, file: FILE });
          if (result.ok) {
            const pr = result.snapshot.pullRequest;
            if (!(Number.isInteger(pr.number) && pr.number > 0 && SHA.test(pr.headSha) && Array.isArray(result.snapshot.files))) throw new Error("an accepted snapshot is malformed");
            return;
          }
          if (!damaged && !text.mutated) throw new Error(`a valid snapshot was refused: ${result.diagnostics.map((d) => `${d.path ?? ""} ${d.message}`).join("; ")}`);
          failUnless(refusalProblems(result.diagnostics), "refusal");
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );

  it(
    "locates invalid JSON by line and column, and never quotes the text (a plan in it can hold secrets)",
    async () => {
      await checkProperty(
        fc.property(brokenTexts, ({ text }) => {
          const result = parseSnapshot({ text: text.text, file: FILE });
          if (result.ok) throw new Error("text that is not JSON was accepted");
          failUnless(notJsonProblems(result.diagnostics, text), "not JSON");
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function refusalProblems(diagnostics: readonly Diagnostic[]): string[] {
  const problems = diagnostics.flatMap(diagnosticProblems);
  if (diagnostics.length === 0 || diagnostics.length > 50) problems.push(`${diagnostics.length} diagnostics`);
  for (const d of diagnostics) {
    if (d.level !== "error" || d.file !== FILE || !d.code?.startsWith("snapshot.")) problems.push(`diagnostic ${d.level} ${d.file} ${d.code ?? ""}`);
    if (d.code === "snapshot.shape" && d.path === undefined) problems.push("a shape error without a path");
  }
  return problems;
}

function notJsonProblems(diagnostics: readonly Diagnostic[], text: EditedText): string[] {
  const problems = refusalProblems(diagnostics);
  const d = diagnostics[0];
  if (diagnostics.length !== 1 || d?.code !== "snapshot.not-json") return [...problems, "expected one snapshot.not-json diagnostic"];
  const lines = text.text.split("\n");
  if (d.line === undefined || d.column === undefined) problems.push(`no line and column: ${d.message}`);
  else if (d.line > lines.length || d.column > (lines[d.line - 1]?.length ?? 0) + 1) problems.push(`line ${d.line}, column ${d.column} is outside the text`);
  if (leaksSecret(d.message, SNAPSHOT_SECRET)) problems.push(`the message quotes the text: ${d.message}`);
  return problems;
}
