import fc from "fast-check";

/**
 * How the property-based tests run. Every target runs `FUZZ_RUNS` generated cases (default 10,000, the CI
 * minimum) from a fixed seed, so a run is reproducible; `FUZZ_SEED` picks another seed. A failure names the
 * seed and the counterexample path, and says which environment reproduces it.
 *
 * Hangs: a property's whole run has a time budget far above its measured cost (`caseBudgetMs` per case, about
 * 20 to 50 times what a case takes), after which fast-check stops and the property fails. That is a hang guard,
 * not a benchmark. Asynchronous targets also fail a single case that does not settle in `caseTimeoutMs`.
 */
export const DEFAULT_FUZZ_RUNS = 10_000;
export const DEFAULT_FUZZ_SEED = 20_261_121;

/** `fuzzRuns` is the number of cases per target: `FUZZ_RUNS`, or `fallback` (default 10,000) when unset. */
export function fuzzRuns(fallback = DEFAULT_FUZZ_RUNS): number {
  return positiveInteger("FUZZ_RUNS", fallback);
}

/** `fuzzSeed` is `FUZZ_SEED`, or the fixed default seed. */
export function fuzzSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw.trim() === "") return DEFAULT_FUZZ_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got ${JSON.stringify(raw)}`);
  return seed;
}

/** What a target needs to know to run: its cost and, for async targets, how long one case may take. */
export interface FuzzTarget {
  /** Cases to run; defaults to `fuzzRuns()`. */
  runs?: number;
  /** Generous upper bound of the time one case takes, for the hang guard of the whole run. */
  caseBudgetMs: number;
  /** Per-case limit for async properties (a case that never settles fails instead of hanging). */
  caseTimeoutMs?: number;
}

/** `runBudgetMs` is how long a target's whole run may take before it counts as hung. */
export function runBudgetMs(target: FuzzTarget): number {
  return 60_000 + (target.runs ?? fuzzRuns()) * target.caseBudgetMs;
}

/** `testTimeoutMs` is the vitest timeout for a fuzz test: past the run budget, so fast-check reports first. */
export function testTimeoutMs(target: FuzzTarget): number {
  return runBudgetMs(target) + 120_000;
}

/** `checkProperty` runs a sync or async property with the target's settings and a reproducible failure report. */
export async function checkProperty<Ts>(property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>, target: FuzzTarget): Promise<void> {
  const numRuns = target.runs ?? fuzzRuns();
  const seed = fuzzSeed();
  const plugins = [fc.interruptAfterTimeLimit(runBudgetMs(target), { failOnInterrupt: true })];
  if (target.caseTimeoutMs !== undefined) plugins.push(fc.timeout(target.caseTimeoutMs));
  try {
    await fc.assert(property, { numRuns, seed, plugins });
  } catch (error) {
    if (error instanceof Error) error.message += `\nReproduce with FUZZ_SEED=${seed} FUZZ_RUNS=${numRuns} (seed ${seed}).`;
    throw error;
  }
}

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return value;
}
