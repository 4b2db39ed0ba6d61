import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CliUsageError } from "./cli-error.js";

/** Directories never walked: provider caches, dependencies, VCS metadata. */
const SKIPPED_DIRS = new Set([".terraform", "node_modules", ".git", "cdktf.out", "cdk.out", ".terragrunt-cache"]);
const TF_FILE = /\.(tf|tf\.json|tofu|tofu\.json)$/;
const MAX_FILES = 5_000;

/**
 * `readTfTree` reads every Terraform file under `dir` into a map of `relative/path.tf` → text.
 * Throws CliUsageError when `dir` is not a readable directory or holds more than 5,000 Terraform files.
 */
export async function readTfTree(dir: string): Promise<Map<string, string>> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new CliUsageError(`not a directory: ${dir}`);
  const files = new Map<string, string>();
  await walk(dir, "", files);
  return files;
}

async function walk(root: string, rel: string, out: Map<string, string>): Promise<void> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name)) await walk(root, child, out);
    else if (entry.isFile() && TF_FILE.test(entry.name)) {
      if (out.size >= MAX_FILES) throw new CliUsageError(`more than ${MAX_FILES} Terraform files under ${root}`);
      out.set(child, await readFile(path.join(root, child), "utf8"));
    }
  }
}

/** `pairTrees` lists the files that differ between two trees, with the text of each side (null when absent). */
export function pairTrees(base: Map<string, string>, head: Map<string, string>): { path: string; base: string | null; head: string | null }[] {
  const paths = [...new Set([...base.keys(), ...head.keys()])].sort();
  return paths
    .map((p) => ({ path: p, base: base.get(p) ?? null, head: head.get(p) ?? null }))
    .filter((f) => f.base !== f.head);
}
