/**
 * Benchmark 4: GitHub API requests per evaluation of an agent PR with 200 changed .tf files, against the same
 * PR with 1 file as the baseline. Target: at most 12 requests, whatever the number of files.
 */
import { countApiRequests } from "./api-requests.js";
import type { BenchmarkReport } from "./report.js";
import { ratio, table } from "./timing.js";

const MAX_REQUESTS = 12;

/** `benchApiRequests` counts both cases; `verbose` lists the 200-file evaluation's requests. */
export async function benchApiRequests(options: { files: number; verbose: boolean }): Promise<BenchmarkReport> {
  const api = await countApiRequests(options.files);
  const baseline = await countApiRequests(1);
  return {
    title: "GitHub API requests per evaluation",
    body: [
      "An agent PR, GitHub mocked; the redelivery is the same webhook again.",
      table(
        ["changed .tf files", "first evaluation", "redelivery", "ratio to 1 file"],
        [
          [1, baseline.first, baseline.again, "—"],
          [options.files, api.first, api.again, ratio(api.first / baseline.first)],
        ],
      ),
      ...(options.verbose ? [api.paths.map((p) => `    ${p}`).join("\n")] : []),
    ],
    targets: [{ benchmark: `API requests, ${options.files} files`, target: `≤ ${MAX_REQUESTS}`, measured: `${api.first} (redelivery ${api.again})`, pass: api.first <= MAX_REQUESTS }],
  };
}
