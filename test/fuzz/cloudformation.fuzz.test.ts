import fc from "fast-check";
import { describe, it } from "vitest";
import { parse as fromYaml, stringify as toYaml } from "yaml";
import { diffCloudFormation, parseTemplateText } from "../../src/ingest/cloudformation/index.js";
import type { IngestResult } from "../../src/model/index.js";
import { isDeepStrictEqual } from "node:util";
import { template, templatePair, TEMPLATE_TOKENS } from "./support/cfn-arbitraries.js";
import { checkProperty, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { diagnosticProblems, failUnless, hasErrorDiagnostic, ingestProblems } from "./support/ingest-checks.js";
import { applyEdits, editList } from "./support/mutate-text.js";

/** About 3 ms a case (the diff library dominates); the budget is a hang guard. */
const TARGET: FuzzTarget = { caseBudgetMs: 100 };

/** How a template is written, and what its text means (read by the format's reference parser). */
const FORMATS = [
  { path: "cdk.out/Stack.template.json", write: (t: unknown) => JSON.stringify(t, null, 1), read: (text: string): unknown => JSON.parse(text) },
  { path: "templates/stack.json", write: (t: unknown) => JSON.stringify(t), read: (text: string): unknown => JSON.parse(text) },
  { path: "templates/stack.yaml", write: (t: unknown) => toYaml(t), read: (text: string): unknown => fromYaml(text) },
  { path: "templates/stack.template", write: (t: unknown) => toYaml(t), read: (text: string): unknown => fromYaml(text) },
] as const;

/** A pair of templates; the head also goes through text (written, maybe damaged, parsed back). */
const cases = fc
  .record({ pair: templatePair, format: fc.constantFrom(...FORMATS), nested: fc.option(fc.record({ base: template, head: template }), { freq: 8 }), edits: editList(TEMPLATE_TOKENS) })
  .map(({ pair, format, nested, edits }) => ({ pair, format, nested, text: applyEdits(format.write(pair.head ?? {}), edits) }));

describe("CloudFormation on generated and damaged templates", () => {
  it(
    "parses text or explains why not, never throws, never calls a stack with an error complete, and reports every removed or added resource",
    async () => {
      await checkProperty(
        fc.property(cases, ({ pair, format, nested, text }) => {
          const parsed = parseTemplateText({ path: format.path, text: text.text });
          let head = pair.head;
          // Junk heads (a bare string) are not templates; a written template must read back as its text says.
          const writtenTemplate = !text.mutated && typeof pair.head === "object" && pair.head !== null && !Array.isArray(pair.head);
          if ("diagnostic" in parsed) {
            failUnless(diagnosticProblems(parsed.diagnostic), "template diagnostic");
            if (parsed.diagnostic.level !== "error" || parsed.diagnostic.file !== format.path) throw new Error("a refused template needs an error naming its file");
            if (writtenTemplate) throw new Error(`a written template was refused: ${parsed.diagnostic.message}`);
          } else {
            if (writtenTemplate && !isDeepStrictEqual(plain(parsed.template), plain(format.read(text.text)))) throw new Error("the template read back differs from what its text says");
            if (pair.head !== null) head = parsed.template;
          }
          const nestedPair = nested === null ? undefined : { Nested: { path: "cdk.out/Nested.template.json", ...nested } };
          const result = diffCloudFormation({ templates: [{ path: format.path, base: pair.base, head, nested: nestedPair }] });
          failUnless(ingestProblems(result, "cloudformation"), "malformed result");
          failUnless(completenessProblems(result), "roots");
          if (result.roots[0]?.complete) failUnless(removedAndAddedProblems(pair.base, head, result), "changes");
          if (isDeepStrictEqual(pair.base, head) && nestedPair === undefined && (result.changes.length > 0 || result.configChanges.length > 0)) {
            throw new Error(`identical templates gave ${result.changes.length} changes and ${result.configChanges.length} config changes`);
          }
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );
});

/** A value as plain JSON data (prototypes and non-JSON numbers aside). */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value) ?? "null");
}

function completenessProblems(result: IngestResult): string[] {
  if (result.roots.length !== 1) return [`expected one root, got ${result.roots.length}`];
  const complete = result.roots[0]?.complete;
  return complete === hasErrorDiagnostic(result.diagnostics) ? [`complete is ${String(complete)} with errors: ${hasErrorDiagnostic(result.diagnostics)}`] : [];
}

function resourceIds(t: unknown): Map<string, unknown> {
  const resources = typeof t === "object" && t !== null ? (t as Record<string, unknown>).Resources : undefined;
  if (typeof resources !== "object" || resources === null || Array.isArray(resources)) return new Map();
  return new Map(Object.entries(resources));
}

function typeOf(resource: unknown): unknown {
  return typeof resource === "object" && resource !== null ? (resource as Record<string, unknown>).Type : undefined;
}

/** In a complete stack, a resource only in the base is deleted or forgotten, one only in the head created or imported. */
function removedAndAddedProblems(base: unknown, head: unknown, result: IngestResult): string[] {
  const problems: string[] = [];
  const before = resourceIds(base);
  const after = resourceIds(head);
  const actions = new Map(result.changes.map((c) => [c.address, c.action]));
  for (const [id, resource] of before) {
    if (after.has(id) || typeOf(resource) === "AWS::CDK::Metadata") continue;
    const action = actions.get(id);
    if (action !== "delete" && action !== "forget") problems.push(`${id} was removed but reads as ${String(action)}`);
  }
  for (const [id, resource] of after) {
    if (before.has(id) || typeOf(resource) === "AWS::CDK::Metadata") continue;
    const action = actions.get(id);
    if (action !== "create" && action !== "import") problems.push(`${id} was added but reads as ${String(action)}`);
  }
  return problems;
}
