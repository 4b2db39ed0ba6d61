import { readFile } from "node:fs/promises";
import { evaluate } from "../analysis/evaluate.js";
import { CONFIG_PATH, formatConfigDiagnostics, parseConfig } from "../config/index.js";
import { parseSnapshot } from "../ingest/snapshot/parse-snapshot.js";
import type { Verdict } from "../model/verdict.js";
import { CliUsageError } from "./cli-error.js";

/**
 * `runSimulate` replays the app's whole decision offline from a PullRequestSnapshot file: the config inside it
 * (or `configFile`, to try a config change before merging it) is parsed exactly as the app parses the
 * default branch's file, then the same `evaluate` runs. Throws CliUsageError for unreadable files, an invalid
 * snapshot or an invalid config (exit 2).
 */
export async function runSimulate(params: { snapshotFile: string; configFile?: string }): Promise<Verdict> {
  const text = await readText(params.snapshotFile, "snapshot");
  const parsed = parseSnapshot({ text, file: params.snapshotFile });
  if (!parsed.ok) {
    throw new CliUsageError(`invalid snapshot:\n${parsed.diagnostics.map((d) => `  ${d.file}${d.line ? `:${d.line}:${d.column}` : ""} ${d.path ?? ""}: ${d.message}`).join("\n")}`);
  }
  const configText = params.configFile !== undefined ? await readText(params.configFile, "config") : parsed.snapshot.config;
  const config = parseConfig({ text: configText, source: params.configFile ?? CONFIG_PATH });
  if (!config.ok) throw new CliUsageError(formatConfigDiagnostics(config.diagnostics));
  return evaluate({ snapshot: parsed.snapshot, config: config.config });
}

/** `runValidateConfig` checks a config file the way the app would; returns the formatted problems (empty when valid). */
export async function runValidateConfig(file: string): Promise<{ ok: boolean; message: string }> {
  const result = parseConfig({ text: await readText(file, "config"), source: file });
  if (result.ok) return { ok: true, message: result.warnings.length > 0 ? formatConfigDiagnostics(result.warnings) : `${file}: valid` };
  return { ok: false, message: formatConfigDiagnostics(result.diagnostics) };
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliUsageError(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
