/** Timing helpers: interleaved A/B measurement (best and median per side), and markdown tables. */
import { median } from "./load/stats.js";

/** The timings of one side of a comparison, in milliseconds. */
export interface Timing {
  best: number;
  median: number;
  samples: number[];
}

/** Options of `interleave`: how many rounds at most, and a time budget after which no new round starts. */
export interface InterleaveOptions {
  rounds: number;
  budgetMs?: number;
  /** Forced GC before each measured call (default true when `gc` is exposed). */
  gc?: boolean;
}

/**
 * `interleave` measures several sides in rounds, A B A B …, so that load from other processes on the machine
 * hits every side alike; each side's wall time per call is collected, and best and median are returned.
 * At least one round always runs; later rounds start only within the time budget.
 */
export async function interleave<K extends string>(options: InterleaveOptions, sides: Record<K, () => unknown>): Promise<Record<K, Timing>> {
  const names = Object.keys(sides) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const gc = options.gc === false ? undefined : (globalThis as { gc?: () => void }).gc;
  const deadline = performance.now() + (options.budgetMs ?? Number.POSITIVE_INFINITY);
  for (let round = 0; round < options.rounds && (round === 0 || performance.now() < deadline); round += 1) {
    for (const name of names) {
      gc?.();
      const start = performance.now();
      await sides[name]();
      samples[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { best: Math.min(...samples[n]), median: median(samples[n]), samples: samples[n] }])) as Record<K, Timing>;
}

/** `ms` formats a duration in milliseconds for a table. */
export function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** `ratio` formats a ratio as `1.23x`. */
export function ratio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** `shown` rounds a ratio as `ratio` prints it, so a target is judged on the number the table shows. */
export function shown(value: number): number {
  return Number(value.toFixed(2));
}

/** `table` formats rows as a markdown table (the README's Performance section pastes it). */
export function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}
