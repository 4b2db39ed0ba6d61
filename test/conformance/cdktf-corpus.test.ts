import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectCdktfProjects, parseCdktfSynth } from "../../src/ingest/cdktf/index.js";
import { repoRoot } from "../helpers/terraform.js";

const cdktfDir = path.join(path.resolve(repoRoot, "../shared/corpus"), "cdktf");

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? listFiles(full) : [path.relative(cdktfDir, full).split(path.sep).join("/")];
    })
    .sort();
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Resource addresses and the construct paths their "//" metadata records, read without the code under test. */
function resourcesOf(doc: Json): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const [type, byName] of Object.entries(isObject(doc.resource) ? doc.resource : {})) {
    for (const [name, body] of Object.entries(isObject(byName) ? byName : {})) {
      const meta = isObject(body) && isObject(body["//"]) ? body["//"].metadata : undefined;
      out.set(`${type}.${name}`, isObject(meta) && typeof meta.path === "string" ? meta.path : undefined);
    }
  }
  return out;
}

/** Where a stack file is placed for parseCdktfSynth: its real path, or a synth path for the loose snapshot files. */
function stackPath(file: string, doc: Json): string {
  if (file.includes("/stacks/")) return file;
  const meta = isObject(doc["//"]) && isObject(doc["//"].metadata) ? doc["//"].metadata : {};
  const name = typeof meta.stackName === "string" ? meta.stackName : path.basename(file, ".cdk.tf.json");
  return `${path.basename(file, ".cdk.tf.json")}/cdktf.out/stacks/${name}/cdk.tf.json`;
}

/** The project path a corpus cdktf.json stands for: `x/typescript-aws-move.cdktf.json` was `x/typescript-aws-move/cdktf.json`. */
function projectFile(file: string): string {
  return path.basename(file) === "cdktf.json" ? file : file.replace(/\.cdktf\.json$/, "/cdktf.json");
}

describe.skipIf(!existsSync(cdktfDir))("cdktf corpus (../shared/corpus/cdktf)", () => {
  const files = existsSync(cdktfDir) ? listFiles(cdktfDir) : [];
  const stacks = files.filter((f) => f.endsWith("cdk.tf.json"));
  const manifests = files.filter((f) => f.endsWith("/manifest.json"));
  const projects = files.filter((f) => f.endsWith("cdktf.json"));
  const read = (file: string): string => readFileSync(path.join(cdktfDir, file), "utf8");

  it("holds stacks, manifests and cdktf.json files to check", () => {
    expect(stacks.length).toBeGreaterThan(0);
    expect(manifests.length).toBeGreaterThan(0);
    expect(projects.length).toBeGreaterThan(0);
  });

  for (const file of stacks) {
    const text = read(file);
    const doc = JSON.parse(text) as Json;
    const expected = resourcesOf(doc);
    const where = stackPath(file, doc);

    it(`${file}: diffs as added into one create per resource, each with its construct path`, async () => {
      const result = await parseCdktfSynth({ files: [{ path: where, base: null, head: text }] });
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      expect(result.roots).toEqual([expect.objectContaining({ kind: "cdktf", complete: true })]);
      const creates = result.changes.filter((c) => c.action === "create");
      expect(creates.map((c) => c.address).sort()).toEqual([...expected.keys()].sort());
      for (const change of creates) expect(change.constructPath).toBe(expected.get(change.address));
    });

    it(`${file}: diffs against itself into no changes`, async () => {
      const result = await parseCdktfSynth({ files: [{ path: where, base: text, head: text }] });
      expect(result.diagnostics.filter((d) => d.level !== "info")).toEqual([]);
      expect(result.changes).toEqual([]);
      expect(result.configChanges).toEqual([]);
    });
  }

  for (const file of manifests) {
    it(`${file}: reads with its stacks, named and versioned as the manifest says`, async () => {
      const manifest = JSON.parse(read(file)) as { version: string; stacks: Record<string, { synthesizedStackPath: string }> };
      const outDir = path.posix.dirname(file);
      const stackFiles = Object.values(manifest.stacks).map((s) => `${outDir}/${s.synthesizedStackPath}`);
      const inputs = [file, ...stackFiles].map((f) => ({ path: f, base: null, head: read(f) }));
      const result = await parseCdktfSynth({ files: inputs });
      expect(result.diagnostics).toEqual([]);
      expect(result.roots.map((r) => [r.name, r.version, r.complete])).toEqual(Object.keys(manifest.stacks).map((name) => [name, manifest.version, true]));
      const same = await parseCdktfSynth({ files: inputs.map((i) => ({ ...i, base: i.head })) });
      expect(same.changes).toEqual([]);
      expect(same.diagnostics).toEqual([]);
    });
  }

  it("detects every cdktf.json as a project, with the output folder it names, and claims the committed output", () => {
    const paths = files.map((f) => (f.endsWith("cdktf.json") ? projectFile(f) : f));
    const cdktfJson = projects.map((f) => ({ path: projectFile(f), text: read(f) }));
    const expected = projects.map((f) => {
      const root = path.posix.dirname(projectFile(f));
      const output = (JSON.parse(read(f)) as { output?: string }).output ?? "cdktf.out";
      return { root, outDir: path.posix.join(root, output) };
    });
    expect(detectCdktfProjects({ paths, cdktfJson })).toEqual(expected.sort((a, b) => (a.root < b.root ? -1 : 1)));
  });
});
