import { readFileSync } from "node:fs";
import { DEFAULT_LABEL_NAMES } from "../analysis/plan-labels.js";
import { evaluateChangeSet, type EnvironmentRef } from "../analysis/evaluate-change-set.js";
import { mergeIngestResults } from "../ingest/merge-ingest-results.js";
import { parseTerraformPlan } from "../ingest/terraform-plan/index.js";
import type { IngestResult } from "../model/ingest-result.js";
import type { Verdict } from "../model/verdict.js";
import { CliUsageError } from "./cli-error.js";

/** Options of `airlock analyze`, as parsed from the command line. */
export interface AnalyzeOptions {
  plans: string[];
  base?: string;
  head?: string;
  environments: string[];
}

const DEFAULT_APPROVALS = { none: 0, low: 1, medium: 1, high: 2, critical: 2 } as const;
const TIERS = new Set(["production", "staging", "sandbox"]);

/**
 * `runAnalyze` reads the plans and/or the base/head trees named on the command line, ingests them and
 * evaluates the result with the default policy. Throws CliUsageError for missing files or bad flags.
 */
export async function runAnalyze(options: AnalyzeOptions): Promise<Verdict> {
  if (options.plans.length === 0 && options.base === undefined && options.head === undefined) {
    throw new CliUsageError("nothing to analyze: give --plan FILE and/or --base DIR --head DIR");
  }
  if ((options.base === undefined) !== (options.head === undefined)) throw new CliUsageError("--base and --head go together");
  const results: IngestResult[] = [];
  for (const file of options.plans) results.push(parseTerraformPlan({ name: file, text: await readPlan(file) }));
  if (options.base !== undefined && options.head !== undefined) {
    // Imported here: a plan-only run does not need the HCL parser (and its WebAssembly) loaded.
    const [{ pairTrees, readTfTree }, { parseHclDiff }] = await Promise.all([import("./read-tf-tree.js"), import("../ingest/hcl/index.js")]);
    const files = pairTrees(await readTfTree(options.base), await readTfTree(options.head));
    results.push(await parseHclDiff({ files }));
  }
  return evaluateChangeSet({
    ingest: mergeIngestResults(results),
    environments: options.environments.map(environmentRef),
    approvalsByTier: { ...DEFAULT_APPROVALS },
    labelNames: DEFAULT_LABEL_NAMES,
  });
}

async function readPlan(file: string): Promise<string> {
  try {
    // One read and one decode: fs/promises reads a large plan in chunks and copies them together first.
    return file === "-" ? await readStdin() : readFileSync(file, "utf8");
  } catch (error) {
    throw new CliUsageError(`cannot read plan ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function environmentRef(name: string): EnvironmentRef {
  const tier = TIERS.has(name) ? (name as EnvironmentRef["tier"]) : "unknown";
  return { name, tier };
}
