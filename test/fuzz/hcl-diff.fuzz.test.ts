import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHclDiff, type HclFileInput } from "../../src/ingest/hcl/index.js";
import type { IngestResult } from "../../src/model/index.js";
import { checkProperty, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { hclFile, HCL_TOKENS, nestingRun } from "./support/hcl-arbitraries.js";
import { failUnless, ingestProblems } from "./support/ingest-checks.js";
import { applyMutation, mutation } from "./support/mutate-text.js";

/**
 * Every case goes through hcl2json (Go compiled to WebAssembly, one parse at a time), 1 to 10 ms a side: the
 * slowest target, yet 10,000 cases take well under a minute on two cores, so it runs the default count. The
 * per-case timeout catches a parser that stops answering (hcl2json's runtime hangs every later parse once it
 * has crashed), which a hang guard on the whole run could only report much later.
 */
const TARGET: FuzzTarget = { caseBudgetMs: 150, caseTimeoutMs: 30_000 };

const DIRECTORIES = [".", "envs/prod", "envs/staging/db", "modules/net"];
const NAMES = ["main.tf", "db.tf", "outputs.tf", "main.tf.json"];

const tfJson = fc
  .record({ type: fc.constantFrom("aws_s3_bucket", "aws_db_instance"), name: fc.constantFrom("a", "b"), value: fc.jsonValue({ maxDepth: 2 }) })
  .map(({ type, name, value }) => JSON.stringify({ resource: { [type]: { [name]: { setting: value } } }, variable: { v: { default: 1 } } }));

/**
 * One changed file. Its head is, by weight: the base unchanged (3), the base edited (4), an unrelated file (2),
 * absent (1), or a nesting probe (1).
 */
const fileInput: fc.Arbitrary<HclFileInput> = fc
  .record({
    dir: fc.constantFrom(...DIRECTORIES),
    name: fc.constantFrom(...NAMES),
    text: hclFile,
    json: tfJson,
    baseExists: fc.nat(6),
    headKind: fc.nat(10),
    edits: fc.array(mutation(HCL_TOKENS), { minLength: 1, maxLength: 3 }),
    other: hclFile,
    probe: nestingRun,
  })
  .map(({ dir, name, text, json, baseExists, headKind, edits, other, probe }) => {
    const original = name.endsWith(".json") ? json : text;
    const head = headKind <= 2 ? original : headKind <= 6 ? edits.reduce(applyMutation, original) : headKind <= 8 ? other : headKind === 9 ? null : probe;
    return { path: dir === "." ? name : `${dir}/${name}`, base: baseExists === 0 ? null : original, head };
  });

const inputs = fc.uniqueArray(fileInput, { minLength: 1, maxLength: 3, selector: (f) => f.path });

describe("parseHclDiff on generated and damaged HCL", () => {
  it(
    "never rejects or hangs, marks every root with an unreadable file incomplete, and finds nothing in identical sides",
    async () => {
      await checkProperty(
        fc.asyncProperty(inputs, async (files) => {
          const result = await parseHclDiff({ files });
          failUnless(ingestProblems(result, "hcl"), "malformed result");
          failUnless(rootProblems(result, files), "roots");
          if (result.changes.some((c) => c.certainty === "certain")) throw new Error("a static diff claimed certainty");
          const unchanged = files.every((f) => f.base === f.head);
          if (unchanged && (result.changes.length > 0 || result.configChanges.length > 0)) {
            throw new Error(`identical sides gave ${result.changes.length} changes and ${result.configChanges.length} config changes`);
          }
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );

  it("leaves the parser working after the run", async () => {
    const result = await parseHclDiff({ files: [{ path: "main.tf", base: null, head: 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n}\n' }] });
    expect(result.changes.map((c) => [c.address, c.action])).toEqual([["aws_s3_bucket.logs", "create"]]);
  }, 60_000);
});

function rootOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash <= 0 ? "." : path.slice(0, slash);
}

/** Each file present on a side has its directory as a root; a root is incomplete exactly when one of its files has an error. */
function rootProblems(result: IngestResult, files: readonly HclFileInput[]): string[] {
  const problems: string[] = [];
  const names = new Set(result.roots.map((r) => r.name));
  for (const f of files) if ((f.base !== null || f.head !== null) && !names.has(rootOf(f.path))) problems.push(`no root for ${f.path}`);
  for (const root of result.roots) {
    const errors = result.diagnostics.filter((d) => d.level === "error" && rootOf(d.file) === root.name);
    if (root.complete !== (errors.length === 0)) problems.push(`root ${root.name} complete=${root.complete} with ${errors.length} errors`);
  }
  return problems;
}
