import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCdktfSynth, type SynthFileInput } from "../../../src/ingest/cdktf/index.js";
import { hasErrors } from "../../../src/model/diagnostic.js";
import { databaseStack, removeSynthOutputs, synthApp, type SynthOutput } from "./synth-app.js";

afterAll(removeSynthOutputs);

const OUT = "infra/cdktf.out";
const STACK = `${OUT}/stacks/MyStack/cdk.tf.json`;

/** A manifest as cdktf writes it (keys sorted, two-space indent), for the given stacks and their dependencies. */
function manifest(stacks: Record<string, string[]>, version = "0.21.0"): string {
  const entries = Object.fromEntries(
    Object.entries(stacks).map(([name, dependencies]) => [name, { annotations: [], constructPath: name, dependencies, name, synthesizedStackPath: `stacks/${name}/cdk.tf.json`, workingDirectory: `stacks/${name}` }]),
  );
  return JSON.stringify({ stacks: entries, version }, null, 2);
}

describe("parseCdktfSynth: what cannot be read becomes diagnostics", () => {
  let synth: SynthOutput;
  let stackText: string;

  beforeAll(() => {
    synth = synthApp((app) => databaseStack(app, "base"));
    stackText = synth.get("stacks/MyStack/cdk.tf.json")!;
  });

  it("reports a truncated cdk.tf.json with its line and column, invents no deletes, and marks the stack incomplete", async () => {
    const truncated = stackText.slice(0, Math.floor(stackText.length / 2));
    const result = await parseCdktfSynth({ files: [{ path: STACK, base: stackText, head: truncated }] });
    const errors = result.diagnostics.filter((d) => d.level === "error");
    expect(errors).toEqual([expect.objectContaining({ file: STACK, code: "hcl.syntax", line: truncated.split("\n").length })]);
    expect(errors[0]?.column).toBeGreaterThan(0);
    expect(result.changes).toEqual([]);
    expect(result.roots).toEqual([expect.objectContaining({ name: "MyStack", kind: "cdktf", complete: false })]);
  });

  it("reports a manifest that is not JSON at its line and column, and every stack of that output folder is incomplete", async () => {
    const broken = manifest({ MyStack: [] }).replace('"name": "MyStack",', '"name": "MyStack"');
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: null, head: broken }, { path: STACK, base: null, head: stackText }] });
    const line = broken.split("\n").findIndex((l) => l.includes('"name": "MyStack"')) + 2;
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", file: `${OUT}/manifest.json`, code: "cdktf.manifest", line, column: 7 })]);
    expect(result.roots).toEqual([expect.objectContaining({ name: "MyStack", complete: false })]);
    expect(result.changes.length).toBeGreaterThan(0);
  });

  it.each([
    ["a manifest that is not an object", "[]", undefined],
    ["stacks that are not an object", '{\n  "stacks": ["MyStack"],\n  "version": "0.21.0"\n}', "stacks"],
    ["a stack that is not an object", '{\n  "stacks": {\n    "MyStack": "stacks/MyStack"\n  }\n}', "stacks.MyStack"],
  ])("reports %s as an error with its JSON path and position", async (_name, text, path) => {
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: null, head: text }, { path: STACK, base: null, head: stackText }] });
    const [d] = result.diagnostics;
    expect(result.diagnostics).toHaveLength(1);
    expect(d).toMatchObject({ level: "error", code: "cdktf.manifest", file: `${OUT}/manifest.json` });
    expect(d?.path).toBe(path);
    if (path === undefined) expect(d?.line).toBe(1);
    else expect(text.split("\n")[(d?.line ?? 0) - 1]?.slice((d?.column ?? 0) - 1)).toMatch(/^[["]/);
    expect(result.roots.every((r) => !r.complete)).toBe(true);
  });

  it("warns about a dependency that is not a stack name, at its path, and keeps the stack complete", async () => {
    const text = manifest({ MyStack: [] }).replace('"dependencies": []', '"dependencies": [\n        42\n      ]');
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: null, head: text }, { path: STACK, base: null, head: stackText }] });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", path: "stacks.MyStack.dependencies[0]", line: text.split("\n").findIndex((l) => l.trim() === "42") + 1, column: 9 })]);
    expect(result.roots).toEqual([expect.objectContaining({ name: "MyStack", complete: true, version: "0.21.0" })]);
  });

  it("prefers the manifest's version to the one in the stack's metadata", async () => {
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: null, head: manifest({ MyStack: [] }, "0.20.9") }, { path: STACK, base: null, head: stackText }] });
    expect(result.roots).toEqual([{ name: "MyStack", kind: "cdktf", tool: "cdktf", version: "0.20.9", complete: true }]);
  });

  it("is an error when the manifest drops a stack whose cdk.tf.json is not given: what it held is unknown", async () => {
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: manifest({ MyStack: [], Gone: [] }), head: manifest({ MyStack: [] }) }] });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "error", code: "cdktf.stack-missing", file: `${OUT}/manifest.json` })]);
    expect(result.diagnostics[0]?.message).toContain('"Gone"');
  });

  it("warns about a stack file its manifest does not list", async () => {
    const result = await parseCdktfSynth({ files: [{ path: `${OUT}/manifest.json`, base: null, head: manifest({ Other: [] }) }, { path: STACK, base: null, head: stackText }] });
    expect(result.diagnostics.map((d) => [d.level, d.code, d.file])).toContainEqual(["warning", "cdktf.unlisted-stack", STACK]);
  });
});

describe("parseCdktfSynth: inputs it must survive", () => {
  const garbage: [string, unknown][] = [
    ["null params", null],
    ["files that are not a list", { files: "cdktf.out" }],
    ["entries without a path", { files: [null, 7, { base: "{}" }, { path: "" }] }],
    ["text that is not a string", { files: [{ path: STACK, base: 42, head: { not: "text" } }] }],
    ["binary noise as a manifest", { files: [{ path: `${OUT}/manifest.json`, base: null, head: "\u0000\u0001{[" }] }],
    ["a bomb as a stack", { files: [{ path: STACK, base: null, head: "[".repeat(100_000) }] }],
    [
      "an entry whose properties throw",
      {
        files: [
          {
            get path(): string {
              throw new Error("hostile getter");
            },
          },
        ],
      },
    ],
  ];
  it.each(garbage)("never rejects: %s, and says so with a diagnostic", async (_name, params) => {
    const result = await parseCdktfSynth(params as { files: SynthFileInput[] });
    expect(result.changes).toEqual([]);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.roots.every((r) => !r.complete)).toBe(true);
  });

  it("errors on text that is not a string, so the unread file blocks instead of passing as empty", async () => {
    const result = await parseCdktfSynth({ files: [{ path: STACK, base: 42, head: null }] as unknown as SynthFileInput[] });
    expect(hasErrors(result.diagnostics)).toBe(true);
  });

  it("skips files that are not synth output with an info diagnostic", async () => {
    const result = await parseCdktfSynth({ files: [{ path: "infra/main.ts", base: null, head: "export {}" }, { path: `${OUT}/stacks/MyStack/metadata.json`, base: null, head: "{}" }] });
    expect(result.diagnostics.map((d) => [d.level, d.code, d.file])).toEqual([
      ["info", "cdktf.skipped", "infra/main.ts"],
      ["info", "cdktf.skipped", `${OUT}/stacks/MyStack/metadata.json`],
    ]);
    expect(result.roots).toEqual([]);
  });
});

describe("parseCdktfSynth: output folders other than cdktf.out", () => {
  const stack = JSON.stringify({ resource: { aws_sqs_queue: { Queue: { "//": { metadata: { path: "App/Queue", uniqueId: "Queue" } }, name: "q" } } } });

  it("reads the manifest of the output folder a changed cdktf.json names", async () => {
    const result = await parseCdktfSynth({
      files: [
        { path: "svc/cdktf.json", base: null, head: JSON.stringify({ language: "typescript", app: "npx ts-node main.ts", output: "synth" }) },
        { path: "svc/synth/manifest.json", base: null, head: manifest({ App: [] }, "0.19.0") },
        { path: "svc/synth/stacks/App/cdk.tf.json", base: null, head: stack },
      ],
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.roots).toEqual([{ name: "App", kind: "cdktf", tool: "cdktf", version: "0.19.0", complete: true }]);
    expect(result.changes.map((c) => [c.action, c.address, c.constructPath])).toEqual([["create", "aws_sqs_queue.Queue", "App/Queue"]]);
  });

  it("reads a manifest.json only under a known output folder", async () => {
    const files = [{ path: "svc/out/manifest.json", base: null, head: manifest({ App: [] }, "0.19.0") }];
    expect((await parseCdktfSynth({ files })).diagnostics.map((d) => d.code)).toEqual(["cdktf.skipped"]);
    expect((await parseCdktfSynth({ files, outDirs: ["svc/out"] })).diagnostics).toEqual([]);
  });
});
