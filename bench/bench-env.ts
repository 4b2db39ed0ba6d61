/**
 * The environment variables that size `npm run bench` (all optional; see the list at the top of bench/run.ts).
 * Invalid values are refused with a message rather than silently replaced.
 */
import type { AuditMode } from "./load/audit-store.js";
import type { ThroughputSide } from "./webhook-throughput.js";

const SIDES: readonly ThroughputSide[] = ["airlock", "minimal", "airlock-memory"];

/** Every benchmark `BENCH_ONLY` can name. */
export const BENCHMARKS = ["plan", "cli", "hcl", "api", "load", "throughput"] as const;

/** One of BENCHMARKS. */
export type BenchmarkName = (typeof BENCHMARKS)[number];

/** The sizes of one `npm run bench`. */
export interface BenchEnv {
  only: ReadonlySet<BenchmarkName>;
  plan: { sizes: number[]; rounds: number };
  cli: { sizes: number[]; rounds: number; build: boolean };
  hcl: { rounds: number; corpus: string | undefined };
  load: { deliveries: number; concurrency: number; pulls: number; block: number; budgetS: number };
  throughput: { deliveries: number; concurrency: number; rounds: number; budgetS: number; sides: ThroughputSide[] };
  audit: AuditMode;
  /** Directory for V8 CPU profiles of the app processes of the load and throughput benchmarks (`BENCH_APP_CPU_PROF`). */
  appCpuProfileDir: string | undefined;
  verbose: boolean;
}

/** `readBenchEnv` reads the BENCH_* variables. */
export function readBenchEnv(env: Record<string, string | undefined> = process.env): BenchEnv {
  const only = list(env, "BENCH_ONLY", BENCHMARKS.join(",")).map((name) => {
    if (!(BENCHMARKS as readonly string[]).includes(name)) throw new Error(`BENCH_ONLY: unknown benchmark ${JSON.stringify(name)} (known: ${BENCHMARKS.join(", ")})`);
    return name as BenchmarkName;
  });
  const sides = list(env, "BENCH_THROUGHPUT_SIDES", "airlock,minimal").map((side) => {
    if (!(SIDES as readonly string[]).includes(side)) throw new Error(`BENCH_THROUGHPUT_SIDES: unknown app ${JSON.stringify(side)} (known: ${SIDES.join(", ")})`);
    return side as ThroughputSide;
  });
  if (!sides.includes("airlock") || !sides.includes("minimal")) throw new Error("BENCH_THROUGHPUT_SIDES must include airlock and minimal");
  const audit = env.BENCH_AUDIT ?? "file";
  if (audit !== "file" && audit !== "memory") throw new Error(`BENCH_AUDIT: expected file or memory, got ${JSON.stringify(audit)}`);
  return {
    only: new Set(only),
    plan: { sizes: list(env, "BENCH_SIZES", "1000,10000,50000").map((s) => count("BENCH_SIZES", s)), rounds: num(env, "BENCH_PLAN_ROUNDS", 5) },
    cli: { sizes: list(env, "BENCH_CLI_SIZES", "10000,50000").map((s) => count("BENCH_CLI_SIZES", s)), rounds: num(env, "BENCH_CLI_ROUNDS", 5), build: env.BENCH_BUILD === "1" },
    hcl: { rounds: num(env, "BENCH_HCL_ROUNDS", 15), corpus: env.BENCH_HCL_CORPUS || undefined },
    load: {
      deliveries: num(env, "BENCH_LOAD_DELIVERIES", 2000),
      concurrency: num(env, "BENCH_LOAD_CONCURRENCY", 50),
      pulls: num(env, "BENCH_LOAD_PRS", 40),
      block: num(env, "BENCH_LOAD_BLOCK", 500),
      budgetS: num(env, "BENCH_LOAD_BUDGET_S", 300),
    },
    throughput: { deliveries: num(env, "BENCH_THROUGHPUT_DELIVERIES", 300), concurrency: num(env, "BENCH_LOAD_CONCURRENCY", 50), rounds: num(env, "BENCH_THROUGHPUT_ROUNDS", 3), budgetS: num(env, "BENCH_THROUGHPUT_BUDGET_S", 180), sides },
    audit,
    appCpuProfileDir: env.BENCH_APP_CPU_PROF || undefined,
    verbose: Boolean(env.BENCH_VERBOSE),
  };
}

function list(env: Record<string, string | undefined>, name: string, fallback: string): string[] {
  return (env[name] || fallback).split(",").map((s) => s.trim()).filter((s) => s !== "");
}

function num(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = env[name];
  return text === undefined || text === "" ? fallback : count(name, text);
}

function count(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`${name}: expected a positive integer, got ${JSON.stringify(text)}`);
  return value;
}
