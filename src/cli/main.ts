/**
 * The `airlock` command: parse argv, run one command, print, and return its exit code
 * (0 the gate passes, 1 it blocks, 2 usage or config error).
 * Each command's module (and the renderers) is imported when that command runs: `audit` pulls in the
 * SQLite and Postgres drivers, `simulate` the config schema, YAML and CloudFormation diffing, and loading
 * them all made every `airlock analyze` start several hundred milliseconds later.
 */
import { parseArgs } from "node:util";
import type { Verdict } from "../model/verdict.js";
import { CliUsageError, EXIT } from "./cli-error.js";
import { USAGE } from "./usage.js";

/** `main` runs one CLI invocation and resolves to its exit code; output goes to the given streams. */
export async function main(argv: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "analyze":
        return await analyze(rest, io.out);
      case "simulate":
        return await simulate(rest, io.out);
      case "validate-config":
        return await validateConfig(rest, io);
      case "audit": {
        const { runAuditCommand } = await import("./audit-command.js");
        return await runAuditCommand([...rest], io, process.env);
      }
      case "help":
      case "--help":
      case "-h":
      case undefined:
        io.out(USAGE);
        return command === undefined ? EXIT.usage : EXIT.pass;
      default:
        throw new CliUsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof CliUsageError || isParseArgsError(error)) {
      io.err(`airlock: ${(error as Error).message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.err(`airlock: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return EXIT.usage;
  }
}

async function analyze(args: readonly string[], out: (s: string) => void): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      plan: { type: "string", multiple: true },
      base: { type: "string" },
      head: { type: "string" },
      environment: { type: "string", multiple: true },
      format: { type: "string", default: "text" },
    },
    strict: true,
    allowPositionals: false,
  });
  const { runAnalyze } = await import("./analyze-command.js");
  const verdict = await runAnalyze({ plans: values.plan ?? [], base: values.base, head: values.head, environments: values.environment ?? [] });
  out(await render(verdict, values.format ?? "text"));
  return verdict.gate.conclusion === "success" ? EXIT.pass : EXIT.block;
}

async function simulate(args: readonly string[], out: (s: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { config: { type: "string" }, format: { type: "string", default: "text" } }, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliUsageError("simulate takes one SNAPSHOT.json");
  const { runSimulate } = await import("./simulate-command.js");
  const verdict = await runSimulate({ snapshotFile: positionals[0]!, configFile: values.config });
  out(await render(verdict, values.format ?? "text"));
  return verdict.gate.conclusion === "success" ? EXIT.pass : EXIT.block;
}

async function validateConfig(args: readonly string[], io: { out: (s: string) => void; err: (s: string) => void }): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], options: {}, strict: true, allowPositionals: true });
  const { runValidateConfig } = await import("./simulate-command.js");
  const result = await runValidateConfig(positionals[0] ?? ".github/airlock.yml");
  (result.ok ? io.out : io.err)(`${result.message}\n`);
  return result.ok ? EXIT.pass : EXIT.usage;
}

async function render(verdict: Verdict, format: string): Promise<string> {
  if (format === "json") return (await import("../report/render-json.js")).renderJson(verdict);
  if (format === "markdown") return (await import("../report/render-markdown.js")).renderMarkdown(verdict);
  if (format === "text") return (await import("../report/render-text.js")).renderText(verdict, { width: process.stdout.columns ?? 120 });
  throw new CliUsageError(`unknown --format ${format} (text, json or markdown)`);
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
