import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipSync, type Zippable } from "fflate";
import { describe, it } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../../../helpers/terraform.js";

/** One step of a workflow job, as written in the YAML. */
export interface WorkflowStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  "working-directory"?: string;
}

/** The parts of a workflow file the example tests read. */
export interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: WorkflowStep[]; strategy?: { matrix?: { include?: Record<string, string>[] } } }>;
}

/** The example workflow files in `examples/`. */
export function exampleWorkflows(): string[] {
  return readdirSync(path.join(repoRoot, "examples")).filter((f) => f.endsWith(".yml")).sort();
}

/** `readWorkflow` returns the text and the parsed YAML of `examples/<file>`. */
export function readWorkflow(file: string): { text: string; workflow: Workflow } {
  const text = readFileSync(path.join(repoRoot, "examples", file), "utf8");
  return { text, workflow: parse(text) as Workflow };
}

/** How to run a job locally: the checkout directory, values for `${{ … }}` expressions, and steps to leave out. */
export interface RunJobOptions {
  workspace: string;
  /** Expression → value, e.g. `github.event.pull_request.head.sha`, `matrix.root`. `env.*` and `steps.*` are resolved too. */
  context: Record<string, string>;
  /** Steps not to run (they need the network); `outputs` stands in for what they would have written. */
  skip?: (step: WorkflowStep) => boolean;
  outputs?: Record<string, Record<string, string>>;
  /** Directories put first on PATH (tool stand-ins). */
  path?: string[];
  env?: NodeJS.ProcessEnv;
}

/** An artifact the job uploaded: its evaluated name and the zip upload-artifact would have made of its path. */
export interface UploadedArtifact {
  name: string;
  zip: Uint8Array;
}

/**
 * `runJob` runs the `run:` steps of a job with bash (`-eo pipefail`, as GitHub's default shell does), with the
 * workflow, job and step `env` evaluated, `$GITHUB_OUTPUT` collected into `steps.<id>.outputs`, and the steps'
 * `working-directory`. Action steps are not run (the test prepares the checkout and tools), except
 * `actions/upload-artifact`, whose `path` is zipped with entry names relative to it, as upload-artifact does.
 * An unknown expression or a failing step throws.
 */
export function runJob(workflow: Workflow, job: string, options: RunJobOptions): UploadedArtifact[] {
  const outputs: Record<string, Record<string, string>> = { ...options.outputs };
  const lookup = (expr: string): string => {
    const step = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
    const value = step ? outputs[step[1]!]?.[step[2]!] : expr.startsWith("env.") ? workflow.env?.[expr.slice(4)] : options.context[expr];
    if (value === undefined) throw new Error(`unknown expression \${{ ${expr} }}`);
    return value;
  };
  const evaluate = (text: string): string => text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expr: string) => lookup(expr));
  const evaluateAll = (env: Record<string, string> | undefined): Record<string, string> =>
    Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, evaluate(String(v))]));
  const jobEnv = { ...evaluateAll(workflow.env), ...evaluateAll(workflow.jobs[job]?.env) };
  const uploads: UploadedArtifact[] = [];
  for (const [index, step] of (workflow.jobs[job]?.steps ?? []).entries()) {
    if (options.skip?.(step)) continue;
    if (step.uses?.startsWith("actions/upload-artifact@")) {
      uploads.push({ name: evaluate(String(step.with?.name)), zip: zipDirectory(path.join(options.workspace, evaluate(String(step.with?.path)))) });
      continue;
    }
    if (step.run === undefined) continue;
    const outputFile = path.join(options.workspace, `.github-output-${index}`);
    writeFileSync(outputFile, "");
    const cwd = path.join(options.workspace, evaluate(step["working-directory"] ?? "."));
    const PATH = [...(options.path ?? []), process.env.PATH].join(path.delimiter);
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, ...jobEnv, ...evaluateAll(step.env), GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: options.workspace, PATH };
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run], { cwd, env, encoding: "utf8", timeout: 120_000 });
    if (run.status !== 0) throw new Error(`step "${step.name ?? step.id ?? index}" failed (${run.status}):\n${run.stderr}\n${run.stdout}`);
    if (step.id !== undefined) outputs[step.id] = readOutputs(outputFile);
  }
  return uploads;
}

function readOutputs(file: string): Record<string, string> {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l.includes("="));
  return Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]));
}

function zipDirectory(dir: string): Uint8Array {
  const files: Zippable = {};
  const walk = (at: string, prefix: string): void => {
    for (const name of readdirSync(at).sort()) {
      const full = path.join(at, name);
      if (statSync(full).isDirectory()) walk(full, `${prefix}${name}/`);
      else files[`${prefix}${name}`] = readFileSync(full);
    }
  };
  walk(dir, "");
  return zipSync(files);
}

/** `hasCommand` tells whether a command is on PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync("bash", ["-c", `command -v ${command}`], { encoding: "utf8" }).status === 0;
}

/**
 * `describeWithCommands` registers a suite that needs the given commands (terraform, jq). Without one of them the
 * suite is skipped, except under `CI=true`, where it fails: CI must not go green by skipping what it checks.
 */
export function describeWithCommands(name: string, commands: readonly string[], suite: () => void): void {
  const missing = commands.filter((c) => !hasCommand(c));
  if (missing.length === 0) describe(name, suite);
  else if (process.env.CI === "true") {
    describe(name, () => {
      it(`needs ${missing.join(", ")} on PATH`, () => {
        throw new Error(`${missing.join(", ")} not installed, and CI=true: install them so these tests run`);
      });
    });
  } else describe.skip(`${name} (${missing.join(", ")} not installed)`, suite);
}
