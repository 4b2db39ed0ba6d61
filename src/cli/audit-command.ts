/**
 * `airlock audit`: read the audit trail — export it, verify its hash chain, or show one PR's history.
 * Wiring: `main` passes the arguments after `audit`, its output streams and the process environment.
 */
import { parseArgs } from "node:util";
import { AuditStoreError } from "../audit/audit-store-error.js";
import { parseInstant } from "../audit/parse-instant.js";
import { AUDIT_USAGE } from "./audit/audit-usage.js";
import { exportRecords, type ExportFormat } from "./audit/export-records.js";
import { isRepository, parsePullRef } from "./audit/parse-pull-ref.js";
import { renderPullHistory } from "./audit/render-pull-history.js";
import { withCliStore, type CliStoreSource } from "./audit/with-cli-store.js";
import { CliUsageError, EXIT } from "./cli-error.js";

/** Where `airlock audit` writes: normal output and messages. */
export interface AuditIo {
  out(s: string): void;
  err(s: string): void;
}

/**
 * `runAuditCommand` runs `airlock audit <export|verify|show> …` (argv is what follows `audit`) and resolves
 * to its exit code: 0 done (verify: chain intact), 1 verify found a break, 2 a usage error (bad date, bad
 * PR ref, unknown option) or an audit store that cannot be opened or read. `options.cwd` (default the
 * process's) is where a relative SQLite path is resolved.
 */
export async function runAuditCommand(argv: readonly string[], io: AuditIo, env: Record<string, string | undefined>, options: { cwd?: string } = {}): Promise<number> {
  const [command, ...args] = argv;
  const cwd = options.cwd ?? process.cwd();
  try {
    switch (command) {
      case "export":
        return await exportCommand(args, io, { env, cwd });
      case "verify":
        return await verifyCommand(args, io, { env, cwd });
      case "show":
        return await showCommand(args, io, { env, cwd });
      case "help":
      case "--help":
      case "-h":
        io.out(AUDIT_USAGE);
        return EXIT.pass;
      default:
        throw new CliUsageError(command === undefined ? "missing audit command" : `unknown audit command: ${command}`);
    }
  } catch (error) {
    if (error instanceof CliUsageError || isParseArgsError(error)) {
      io.err(`airlock audit: ${(error as Error).message}\n\n${AUDIT_USAGE}`);
    } else if (error instanceof AuditStoreError) {
      io.err(`airlock audit: ${error.message}\n`);
    } else {
      io.err(`airlock audit: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
    return EXIT.usage;
  }
}

type Context = Omit<CliStoreSource, "database">;

async function exportCommand(args: readonly string[], io: AuditIo, context: Context): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { since: { type: "string" }, until: { type: "string" }, format: { type: "string", default: "jsonl" }, repository: { type: "string" }, database: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.since === undefined) throw new CliUsageError("export needs --since DATE");
  const since = dateOption("--since", values.since);
  const until = values.until === undefined ? undefined : dateOption("--until", values.until);
  if (until !== undefined && parseInstant(until, { allowDate: true }) <= parseInstant(since, { allowDate: true })) {
    throw new CliUsageError("--until must be later than --since");
  }
  const format = values.format ?? "jsonl";
  if (format !== "jsonl" && format !== "csv") throw new CliUsageError(`unknown --format ${format} (jsonl or csv)`);
  if (values.repository !== undefined && !isRepository(values.repository)) throw new CliUsageError(`--repository must be owner/repo, got ${values.repository}`);
  const query = { since, ...(until === undefined ? {} : { until }), ...(values.repository === undefined ? {} : { repository: values.repository }) };
  await withCliStore({ ...context, database: values.database }, (store) => exportRecords(store, query, format as ExportFormat, io.out));
  return EXIT.pass;
}

async function verifyCommand(args: readonly string[], io: AuditIo, context: Context): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { database: { type: "string" } }, strict: true, allowPositionals: false });
  const result = await withCliStore({ ...context, database: values.database }, (store) => store.verify());
  if (!result.ok) {
    io.out(`audit chain broken at seq ${result.seq}: ${result.reason}\n`);
    return EXIT.block;
  }
  io.out(`${result.records} records, chain intact\n`);
  if (result.head !== null) io.out(`head: seq ${result.head.seq} hash ${result.head.hash}\n`);
  return EXIT.pass;
}

async function showCommand(args: readonly string[], io: AuditIo, context: Context): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...args], options: { database: { type: "string" } }, strict: true, allowPositionals: true });
  if (positionals.length !== 1) throw new CliUsageError("show needs exactly one pull request: owner/repo#N");
  const ref = parsePullRef(positionals[0]!);
  if (ref === null) throw new CliUsageError(`not a pull request reference (owner/repo#N): ${positionals[0]}`);
  const records = await withCliStore({ ...context, database: values.database }, (store) => store.list(ref));
  io.out(renderPullHistory(`${ref.repository}#${ref.pullNumber}`, records));
  return EXIT.pass;
}

function dateOption(name: string, text: string): string {
  if (Number.isNaN(parseInstant(text, { allowDate: true }))) {
    throw new CliUsageError(`${name} must be a date (2026-11-21) or a date-time with a zone (2026-11-21T12:00:00Z), got ${text}`);
  }
  return text;
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
