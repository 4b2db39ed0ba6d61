import type { Diagnostic } from "../../model/diagnostic.js";
import type { CloudAssemblyStack } from "./cloud-assembly-stack.js";
import type { NestedStackRef } from "./find-nested-stacks.js";
import { recordOf } from "./json-value.js";
import { parseTemplateText } from "./parse-template-text.js";
import { readCloudAssembly } from "./read-cloud-assembly.js";
import type { NestedTemplatePair, TemplatePair } from "./template-pair.js";

type Files = ReadonlyMap<string, string>;

/**
 * `pairCloudAssemblies` reads the base and head cloud assemblies of a change (`cdk.out` trees as path →
 * text; null when a side has none) and pairs their stacks by name, nested stacks by logical ID, into the
 * input of `diffCloudFormation`: templates parsed, with the line of each logical ID, and construct paths
 * from both sides' metadata. A stack one side lacks is added or removed. A stack with a template that cannot
 * be parsed is left out, and the parse error (with its line) is among the diagnostics. Pure: no I/O.
 */
export function pairCloudAssemblies(params: { base: Files | null; head: Files | null }): {
  templates: TemplatePair[];
  constructPaths: Record<string, Record<string, string>>;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const read = (files: Files | null) => {
    if (files === null) return new Map<string, CloudAssemblyStack>();
    const assembly = readCloudAssembly({ files });
    diagnostics.push(...assembly.diagnostics);
    return new Map(assembly.stacks.map((s) => [s.name, s]));
  };
  const base = read(params.base);
  const head = read(params.head);
  const constructPaths = recordOf<Record<string, string>>([]);
  const templates: TemplatePair[] = [];
  for (const name of new Set([...head.keys(), ...base.keys()])) {
    const before = base.get(name);
    const after = head.get(name);
    const pair = pairTemplates({ base: params.base, head: params.head, before, after, diagnostics });
    if (pair === undefined) continue;
    templates.push({ ...pair, stack: name });
    constructPaths[pair.path] = recordOf([...Object.entries(before?.constructPaths ?? {}), ...Object.entries(after?.constructPaths ?? {})]);
  }
  return { templates, constructPaths, diagnostics };
}

interface Sides {
  base: Files | null;
  head: Files | null;
  before: { templatePath: string; nested: readonly NestedStackRef[] } | undefined;
  after: { templatePath: string; nested: readonly NestedStackRef[] } | undefined;
  diagnostics: Diagnostic[];
}

function pairTemplates(sides: Sides): NestedTemplatePair | undefined {
  const { before, after } = sides;
  const path = after?.templatePath ?? before?.templatePath;
  if (path === undefined) return undefined;
  const base = parseSide(sides.base, before?.templatePath, sides.diagnostics);
  const head = parseSide(sides.head, after?.templatePath, sides.diagnostics);
  if (base === undefined || head === undefined) return undefined;
  const pair: NestedTemplatePair = { path, base: base?.template ?? null, head: head?.template ?? null };
  if (base !== null) pair.baseLines = base.resourceLines;
  if (head !== null) pair.headLines = head.resourceLines;
  const nested = recordOf<NestedTemplatePair>([]);
  const beforeNested = new Map((before?.nested ?? []).map((n) => [n.logicalId, n]));
  const afterNested = new Map((after?.nested ?? []).map((n) => [n.logicalId, n]));
  const ids = new Set([...afterNested.keys(), ...beforeNested.keys()]);
  for (const id of ids) {
    const child = pairTemplates({ ...sides, before: beforeNested.get(id), after: afterNested.get(id) });
    if (child !== undefined) nested[id] = child;
  }
  if (ids.size > 0) pair.nested = nested;
  return pair;
}

/**
 * null: the side has no such stack; undefined: its template is missing from the assembly or cannot be parsed
 * (both reported), which must not pass for an added or removed stack.
 */
function parseSide(files: Files | null, path: string | undefined, diagnostics: Diagnostic[]): { template: unknown; resourceLines: Record<string, number> } | null | undefined {
  if (path === undefined) return null;
  const text = files?.get(path);
  if (text === undefined) return undefined;
  const parsed = parseTemplateText({ path, text });
  if ("diagnostic" in parsed) {
    diagnostics.push(parsed.diagnostic);
    return undefined;
  }
  return parsed;
}
