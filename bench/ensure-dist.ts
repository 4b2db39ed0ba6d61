/**
 * `ensureDist` makes sure the compiled CLI exists before a benchmark spawns it: it runs `npm run build` when
 * `dist/src/cli/bin.js` is missing (or when asked to), and otherwise warns when some file of src/ is newer.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The compiled CLI, relative to the repository root. */
export const CLI_BIN = "dist/src/cli/bin.js";

/** `ensureDist` returns the absolute path of the CLI and a warning when dist looks older than src. */
export function ensureDist(root: string, rebuild: boolean): { bin: string; warning?: string } {
  const bin = join(root, CLI_BIN);
  if (rebuild || !existsSync(bin)) execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const built = statSync(bin).mtimeMs;
  const newest = newestMtime(join(root, "src"));
  return newest > built ? { bin, warning: `${CLI_BIN} is older than src/ (set BENCH_BUILD=1 to rebuild first)` } : { bin };
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}
