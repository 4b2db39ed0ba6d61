import { describe, expect, it } from "vitest";
import { parseHclDiff } from "../../src/ingest/hcl/index.js";

const blocks = (n: number) => Array.from({ length: n }, (_, i) => `resource "null_resource" "r${i}" {}\n`).join("");
const added = (path: string, head: string) => ({ path, base: null, head });

describe("HCL volume and depth", () => {
  it("refuses a .tf file with 100,000 resource blocks with a diagnostic, without parsing it", async () => {
    const result = await parseHclDiff({ files: [added("envs/prod/main.tf", blocks(100_000))] });
    expect(result.changes).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "hcl.too-large", file: "envs/prod/main.tf" })]);
    expect(result.roots).toEqual([expect.objectContaining({ name: "envs/prod", complete: false })]);
  }, 120_000);

  it("parses every block of the largest file it accepts (50,000 blocks)", async () => {
    const result = await parseHclDiff({ files: [added("envs/prod/main.tf", blocks(50_000))] });
    expect(result.diagnostics).toEqual([]);
    expect(result.changes).toHaveLength(50_000);
    expect(new Set(result.changes.map((c) => c.action))).toEqual(new Set(["create"]));
    expect(result.roots).toEqual([expect.objectContaining({ complete: true })]);
  }, 300_000);

  it.each([
    ["parentheses", "(".repeat(5_000)],
    ["lists", "[".repeat(5_000)],
    ["objects", "{ a = ".repeat(5_000)],
    ["interpolations", '"${'.repeat(5_000)],
    ["conditionals", "a ? ".repeat(5_000)],
    ["negations", "!".repeat(20_000)],
    ["for expressions", "[for x in y : ".repeat(5_000)],
  ])("refuses an expression nested through %s, and parses normally afterwards", async (_name, opening) => {
    const deep = await parseHclDiff({ files: [added("main.tf", `resource "null_resource" "deep" {\n  v = ${opening}1\n}\n`)] });
    expect(deep.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "hcl.too-deep", line: 2 })]);
    expect(deep.roots).toEqual([expect.objectContaining({ complete: false })]);
    const normal = await parseHclDiff({ files: [{ path: "main.tf", base: 'resource "aws_s3_bucket" "a" {\n  bucket = "a"\n}\n', head: 'resource "aws_s3_bucket" "a" {\n  bucket = "b"\n}\n' }] });
    expect(normal.diagnostics).toEqual([]);
    expect(normal.changes.map((c) => [c.address, c.action])).toEqual([["aws_s3_bucket.a", "replace"]]);
  }, 60_000);

  it("points an expression hcl2json rejects at its line and column, as it does for syntax errors", async () => {
    const head = 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n  port   = !5432\n}\n';
    const result = await parseHclDiff({ files: [added("envs/prod/db.tf", head)] });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", file: "envs/prod/db.tf", line: 3, column: 13 })]);
  });
});
