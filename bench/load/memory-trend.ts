/**
 * Memory sampling for load tests: heap and RSS after a forced full GC, and the trend over a run (least-squares
 * slope over deliveries, leaving out the warm-up). The trend is taken on the data heap, heapUsed without V8's
 * compiled code and bytecode: the JIT keeps optimising hot functions for thousands of requests, which grows
 * the heap by a bounded amount that is not retained data. A data heap that keeps growing by more than
 * GROWTH_BYTES_PER_DELIVERY, and by more than GROWTH_MIN_BYTES in all, is flagged as growth.
 */
import { getHeapCodeStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { slope } from "./stats.js";

/** One sample: memory after `deliveries` deliveries. */
export interface MemorySample {
  deliveries: number;
  heapUsed: number;
  /** Compiled code, bytecode and their metadata, included in heapUsed. */
  code: number;
  rss: number;
}

/** The trend of a run's samples. */
export interface MemoryTrend {
  /** Data heap (heapUsed − code) growth per delivery (bytes), over the warm samples. */
  heapBytesPerDelivery: number;
  /** Compiled code growth per delivery (bytes). */
  codeBytesPerDelivery: number;
  rssBytesPerDelivery: number;
  /** Data heap of the last sample minus the first warm one (bytes). */
  heapGrowth: number;
  growing: boolean;
}

/** Slope above which the heap is flagged as growing (bytes per delivery). */
export const GROWTH_BYTES_PER_DELIVERY = 1024;
/** Total warm growth below which a slope is treated as noise (bytes). */
export const GROWTH_MIN_BYTES = 2 * 2 ** 20;

let gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** `forceGc` runs a full garbage collection (exposing `gc` when the process was started without --expose-gc). */
export function forceGc(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  gc();
}

/** `sampleMemory` forces a GC and reads heapUsed and RSS. */
export function sampleMemory(deliveries: number): MemorySample {
  forceGc();
  const { heapUsed, rss } = process.memoryUsage();
  const code = getHeapCodeStatistics();
  return { deliveries, heapUsed, code: code.code_and_metadata_size + code.bytecode_and_metadata_size, rss };
}

/** `memoryTrend` fits the samples after the first block (`samples[0]` is before the run, `samples[1]` ends the warm-up block). */
export function memoryTrend(samples: readonly MemorySample[]): MemoryTrend {
  const warm = samples.slice(1);
  const fit = (value: (s: MemorySample) => number) => slope(warm.map((s) => ({ x: s.deliveries, y: value(s) })));
  const heap = fit(dataHeap);
  const heapGrowth = warm.length > 0 ? dataHeap(warm.at(-1)!) - dataHeap(warm[0]!) : 0;
  return { heapBytesPerDelivery: heap, codeBytesPerDelivery: fit((s) => s.code), rssBytesPerDelivery: fit((s) => s.rss), heapGrowth, growing: heap > GROWTH_BYTES_PER_DELIVERY && heapGrowth > GROWTH_MIN_BYTES };
}

/** `dataHeap` is heapUsed without compiled code and bytecode (bytes). */
export function dataHeap(sample: MemorySample): number {
  return sample.heapUsed - sample.code;
}
