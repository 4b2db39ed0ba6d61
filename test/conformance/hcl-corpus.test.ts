import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHclDiff } from "../../src/ingest/hcl/index.js";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const hclDir = path.join(path.resolve(repoRoot, "../shared/corpus"), "hcl");

function listTf(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listTf(full);
      return entry.name.endsWith(".tf") ? [path.relative(hclDir, full)] : [];
    })
    .sort();
}

/** Counts `resource "type" "name" {` headers at the start of a line: independent of the parser under test. */
function countResourceBlocks(text: string): number {
  return (text.match(/^resource\s+"[^"]+"\s+"[^"]+"\s*\{/gm) ?? []).length;
}

describe.skipIf(!existsSync(hclDir))("HCL corpus (../shared/corpus/hcl)", () => {
  const files = existsSync(hclDir) ? listTf(hclDir) : [];

  it("holds Terraform files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const text = readFileSync(path.join(hclDir, file), "utf8");
    const resources = countResourceBlocks(text);

    it(`${file}: diffs as an added file into one create per resource block, with a graph`, async () => {
      const result = await parseHclDiff({ files: [{ path: file, base: null, head: text }] });
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      expect(result.roots.map((r) => r.complete)).toEqual([true]);
      expect(result.changes.filter((c) => c.action === "create")).toHaveLength(resources);
      expect(result.changes.every((c) => c.action === "create" || c.action === "read")).toBe(true);
      for (const change of result.changes) {
        expect(change.line).toBeGreaterThan(0);
        expect(result.graph.resources.has(change.node)).toBe(true);
      }
    });

    it(`${file}: diffs as a removed file into one delete per resource block`, async () => {
      const result = await parseHclDiff({ files: [{ path: file, base: text, head: null }] });
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      expect(result.changes).toHaveLength(resources);
      expect(result.changes.every((c) => c.action === "delete" && c.certainty === "likely")).toBe(true);
      expect(new Set(result.changes.map((c) => c.node)).size).toBe(resources);
      for (const change of result.changes) expect(result.graph.resources.has(change.node)).toBe(true);
    });
  }
});
