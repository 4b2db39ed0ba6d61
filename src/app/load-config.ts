import { CONFIG_PATH, parseConfig, parseConfigObject, type AirlockConfig } from "../config/index.js";
import { readConfigFiles, toGitHubError, type GitHubClient } from "../github/index.js";
import type { Diagnostic } from "../model/diagnostic.js";

/** The slice of ProbotOctokit the loader uses: its config plugin and raw requests. */
export interface ConfigOctokit {
  config: { get(options: { owner: string; repo: string; path: string }): Promise<{ config: unknown; files: { owner: string; repo: string; path: string; config: unknown }[] }> };
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown }>;
}

/** A loaded config, or why it could not be used. `extendsPaths` are same-repo files it was built from. */
export type LoadedConfig =
  | { ok: true; config: AirlockConfig; warnings: Diagnostic[]; present: boolean; extendsPaths: string[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** A top-level `_extends:` key: the file is built on another, which Probot's loader follows. */
const EXTENDS_KEY = /^_extends\s*:/m;

/**
 * `loadConfig` reads `.github/airlock.yml` from the default branch, never from the PR head, so an agent cannot
 * loosen its own guardrails. One GraphQL request reads the repository's file and its organisation's
 * (`<owner>/.github`), the fallback used when the repository has none. A missing file gives the defaults; an
 * invalid one gives diagnostics with the key path, line and column. A file that uses `_extends` is loaded
 * through Probot's loader instead, which follows it. GitHub failures throw (the caller fails the check).
 */
export async function loadConfig(params: { octokit: GitHubClient & ConfigOctokit; owner: string; repo: string }): Promise<LoadedConfig> {
  const { octokit, owner, repo } = params;
  const files = await readConfigFiles({ client: octokit, owner, repo, path: CONFIG_PATH });
  const file = files.own ?? files.organization;
  const source = files.own ? CONFIG_PATH : `${owner}/.github: ${CONFIG_PATH}`;
  if (file === null) return { ...defaultsResult(), present: false, extendsPaths: [] };
  if ("unreadable" in file) return { ok: false, diagnostics: [{ level: "error", file: source, message: `could not be read: it ${file.unreadable}`, code: "config.unreadable" }] };
  if (EXTENDS_KEY.test(file.text)) return loadThroughProbot(params);
  const result = parseConfig({ text: file.text, source });
  return result.ok ? { ...result, present: true, extendsPaths: [] } : { ok: false, diagnostics: result.diagnostics };
}

function defaultsResult(): { ok: true; config: AirlockConfig; warnings: Diagnostic[] } {
  const result = parseConfigObject({ value: {}, source: CONFIG_PATH });
  if (!result.ok) throw new Error("the default config does not validate");
  return result;
}

/** Loads through Probot's config plugin, which follows `_extends` across files and repositories. */
async function loadThroughProbot(params: { octokit: ConfigOctokit; owner: string; repo: string }): Promise<LoadedConfig> {
  const { octokit, owner, repo } = params;
  let loaded: Awaited<ReturnType<ConfigOctokit["config"]["get"]>>;
  try {
    loaded = await octokit.config.get({ owner, repo, path: CONFIG_PATH });
  } catch (error) {
    // HTTP failures are GitHub's problem and retryable: the caller fails the check. Anything else is the file's.
    if (typeof (error as { status?: unknown }).status === "number") throw toGitHubError(error, { action: "read config", endpoint: "GET /repos/{owner}/{repo}/contents/{path}" });
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostics: [{ level: "error", file: CONFIG_PATH, message: `could not be read: ${message.slice(0, 500)}`, code: "config.unreadable" }] };
  }
  const present = loaded.files.some((f) => f.config !== null && f.config !== undefined);
  const extendsPaths = loaded.files.slice(1).filter((f) => f.owner === owner && f.repo === repo).map((f) => f.path);
  const result = parseConfigObject({ value: present ? loaded.config : {}, source: CONFIG_PATH });
  if (result.ok) return { ...result, present, extendsPaths };
  const withLines = await reparseWithLines({ octokit, owner, repo, files: loaded.files });
  return { ok: false, diagnostics: withLines ?? result.diagnostics };
}

/** Re-reads the repository's own file as text so diagnostics carry lines; undefined when that does not help. */
async function reparseWithLines(params: { octokit: ConfigOctokit; owner: string; repo: string; files: { owner: string; repo: string; config: unknown }[] }): Promise<Diagnostic[] | undefined> {
  const own = params.files[0];
  if (!own || own.config === null || params.files.length > 1) return undefined;
  try {
    const response = await params.octokit.request("GET /repos/{owner}/{repo}/contents/{path}", {
      owner: params.owner,
      repo: params.repo,
      path: CONFIG_PATH,
      mediaType: { format: "raw" },
    });
    if (typeof response.data !== "string") return undefined;
    const result = parseConfig({ text: response.data, source: CONFIG_PATH });
    return result.ok ? undefined : result.diagnostics;
  } catch {
    return undefined;
  }
}
