/**
 * Child process of the benchmark: generates a plan of `size` resources, then either only JSON.parses it
 * (`parse`) or analyses it (`analyze`), and prints the process's peak resident memory in MB.
 * Peak memory cannot be isolated inside one process, so each mode runs in its own.
 */
import { analyzePlanText } from "./analyze-plan.js";
import { generatePlanText } from "./generate-plan.js";

const [sizeArg, mode] = process.argv.slice(2);
const text = generatePlanText(Number(sizeArg));
(globalThis as { gc?: () => void }).gc?.();
const baseline = process.memoryUsage().rss;
if (mode === "analyze") analyzePlanText(text);
else JSON.parse(text);
const peak = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ baselineMb: baseline / 2 ** 20, peakMb: peak / 2 ** 20 }));
