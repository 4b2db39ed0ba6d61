import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import { parseSnapshot } from "../../src/ingest/snapshot/parse-snapshot.js";
import type { SnapshotFile, Verdict } from "../../src/model/index.js";
import { renderCheckRun } from "../../src/report/render-check-run.js";
import { renderComment } from "../../src/report/render-comment.js";
import { describeFindings, markdownFindings } from "../fuzz/support/markdown-safety.js";
import { aSnapshot } from "../helpers/snapshot.js";

const CREATED = 2_000;
const SHRUNK = 500;
const DOCS = 500;

/**
 * The most files GitHub lists for a PR, 3,000: 2,000 new production files that each add a bucket, 500 staging
 * files that each drop a database and keep a bucket, and 500 documentation files.
 */
function threeThousandFiles(): SnapshotFile[] {
  const created = Array.from({ length: CREATED }, (_, i): SnapshotFile => ({
    path: `envs/prod/svc${i % 40}/f${i}.tf`,
    status: "added",
    base: null,
    head: `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n}\n`,
  }));
  const shrunk = Array.from({ length: SHRUNK }, (_, i): SnapshotFile => ({
    path: `envs/staging/svc${i % 10}/g${i}.tf`,
    status: "modified",
    base: `resource "aws_db_instance" "db${i}" {\n  engine = "postgres"\n}\n\nresource "aws_s3_bucket" "keep${i}" {\n  bucket = "k-${i}"\n}\n`,
    head: `resource "aws_s3_bucket" "keep${i}" {\n  bucket = "k-${i}"\n}\n`,
  }));
  const docs = Array.from({ length: DOCS }, (_, i): SnapshotFile => ({ path: `docs/page${i}.md`, status: "modified", base: null, head: null }));
  return [...created, ...shrunk, ...docs];
}

describe("a pull request with 3,000 files", () => {
  const files = threeThousandFiles();
  let verdict: Verdict;

  beforeAll(async () => {
    const text = JSON.stringify(aSnapshot({ pullRequest: { author: { login: "Copilot", id: 198982749, type: "Bot" } }, files }));
    const parsed = parseSnapshot({ text, file: "snapshot.json" });
    if (!parsed.ok) throw new Error(`snapshot refused: ${parsed.diagnostics[0]?.message}`);
    verdict = await evaluate({ snapshot: parsed.snapshot, config: DEFAULT_CONFIG });
  }, 600_000);

  it("is a snapshot of the largest size the schema accepts, and one more file is refused", () => {
    expect(files).toHaveLength(3_000);
    const tooMany = JSON.stringify(aSnapshot({ files: [...files, { path: "one-more.md", status: "added" }] }));
    const result = parseSnapshot({ text: tooMany, file: "snapshot.json" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics).toEqual([expect.objectContaining({ path: "files", code: "snapshot.shape" })]);
  });

  it("finds every change of every infrastructure file and nothing in the others", () => {
    expect(verdict.infra.touched).toBe(true);
    expect(verdict.infra.files).toHaveLength(CREATED + SHRUNK);
    expect(verdict.diagnostics.filter((d) => d.level === "error")).toEqual([]);
    const count = (action: string, type: string) => verdict.changes.filter((c) => c.action === action && c.type === type).length;
    expect(count("create", "aws_s3_bucket")).toBe(CREATED);
    expect(count("delete", "aws_db_instance")).toBe(SHRUNK);
    expect(verdict.changes).toHaveLength(CREATED + SHRUNK);
  });

  it("sees both environments, scores the dropped databases as critical and holds the agent's PR", () => {
    expect(verdict.infra.environments).toEqual(expect.arrayContaining(["production", "staging"]));
    expect(verdict.destructiveness.tier).toBe("critical");
    expect(verdict.gate.conclusion).toBe("action_required");
    expect(verdict.labels).toEqual(expect.arrayContaining(["airlock/agent", "airlock/destructive:critical"]));
    expect(verdict.dependencies?.nodes.length ?? 0).toBeLessThan(200);
  });

  it("renders within GitHub's limits, inert", () => {
    for (const markdown of [renderCheckRun(verdict).summary, renderCheckRun(verdict).text, renderComment(verdict)]) {
      expect(markdown.length).toBeLessThan(65_536);
      expect(describeFindings(markdownFindings(markdown))).toBe("");
    }
  });
});
