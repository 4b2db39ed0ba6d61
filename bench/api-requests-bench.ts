/**
 * Benchmark 4: GitHub API requests per evaluation of an agent PR with 200 changed .tf files, against the same
 * PR with 1 file as the baseline. Target: at most 12 requests for the first evaluation in a repository whose
 * labels were provisioned at installation, whatever the number of files.
 */
import { countApiRequests, type ApiRequestCounts } from "./api-requests.js";
import type { BenchmarkReport } from "./report.js";
import { ratio, table } from "./timing.js";

const MAX_REQUESTS = 12;

const SCENARIOS: [keyof ApiRequestCounts, string][] = [
  ["provisioned", "first evaluation, labels provisioned at installation (target)"],
  ["unprovisioned", "first evaluation, repository never provisioned (one-time label styling)"],
  ["redelivery", "redelivery of the same webhook"],
  ["review", "review on the unchanged head"],
];

/** `benchApiRequests` counts every scenario at both sizes; `verbose` lists the requests of each N-file scenario. */
export async function benchApiRequests(options: { files: number; verbose: boolean }): Promise<BenchmarkReport> {
  const api = await countApiRequests(options.files);
  const baseline = await countApiRequests(1);
  const target = api.provisioned.count;
  return {
    title: "GitHub API requests per evaluation",
    body: [
      "An agent PR, GitHub mocked. The target is the first row: the first evaluation of the PR in a repository whose labels Airlock created when it was installed.",
      table(
        ["scenario", "1 changed .tf file", `${options.files} changed .tf files`, "ratio to 1 file"],
        SCENARIOS.map(([key, label]) => [label, baseline[key].count, api[key].count, ratio(api[key].count / Math.max(1, baseline[key].count))]),
      ),
      ...(options.verbose ? SCENARIOS.map(([key, label]) => `  ${label}:\n${api[key].paths.map((p) => `    ${p}`).join("\n")}`) : []),
    ],
    targets: [
      {
        benchmark: `API requests, first evaluation, ${options.files} files`,
        target: `≤ ${MAX_REQUESTS}`,
        measured: `${target} (unprovisioned repo ${api.unprovisioned.count}, redelivery ${api.redelivery.count}, review ${api.review.count})`,
        pass: target <= MAX_REQUESTS,
      },
    ],
  };
}
