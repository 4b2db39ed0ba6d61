import { emptyGraph, mergeGraphs } from "../model/dependency-graph.js";
import type { IngestResult } from "../model/ingest-result.js";

/** `mergeIngestResults` combines the results of several inputs (plans, directories, stacks) into one. */
export function mergeIngestResults(results: readonly IngestResult[]): IngestResult {
  if (results.length === 0) return { changes: [], configChanges: [], graph: emptyGraph(), diagnostics: [], roots: [] };
  if (results.length === 1 && results[0]) return results[0];
  return {
    changes: results.flatMap((r) => r.changes),
    configChanges: results.flatMap((r) => r.configChanges),
    graph: mergeGraphs(results.map((r) => r.graph)),
    diagnostics: results.flatMap((r) => r.diagnostics),
    roots: results.flatMap((r) => r.roots),
  };
}
