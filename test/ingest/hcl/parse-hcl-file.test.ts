import { describe, expect, it } from "vitest";
import { MAX_FILE_CHARS, parseHclFile } from "../../../src/ingest/hcl/parse-hcl-file.js";
import { parseHclError } from "../../../src/ingest/hcl/parse-hcl-error.js";

async function parseHead(path: string, text: string) {
  return parseHclFile({ path, root: "infra", side: "head", text });
}

describe("parseHclFile", () => {
  it("parses HCL into hcl2json's shape and keeps the block headers", async () => {
    const { file, diagnostics } = await parseHead("infra/main.tf", '\nresource "aws_s3_bucket" "b" {\n  bucket = var.name\n}\n');
    expect(diagnostics).toEqual([]);
    expect(file.body).toEqual({ resource: { aws_s3_bucket: { b: [{ bucket: "${var.name}" }] } } });
    expect(file.headers.map((h) => h.line)).toEqual([2]);
  });

  const syntaxErrors: [string, string, number, number, string][] = [
    ["missing value", 'resource "a_b" "c" {\n  x =\n}\n', 2, 6, "Invalid expression"],
    ["unterminated string", 'locals {\n  a = 1\n  b = "open\n}\n', 3, 12, "Invalid multi-line string"],
    ["binary noise", "\u0000\u0001\u00ff garbage {{{", 1, 1, "Invalid character"],
  ];
  for (const [name, text, line, column, summary] of syntaxErrors) {
    it(`reports a syntax error with its line and column: ${name}`, async () => {
      const { file, diagnostics } = await parseHead("envs/prod/main.tf", text);
      expect(file.body).toBeNull();
      expect(diagnostics).toHaveLength(1);
      expect(diagnostics[0]).toMatchObject({ level: "error", code: "hcl.syntax", file: "envs/prod/main.tf", line, column });
      expect(diagnostics[0]?.message).toContain(summary);
      expect(diagnostics[0]?.message).toContain("(head version)");
    });
  }

  it("reads Terraform JSON and normalises it to hcl2json's shape", async () => {
    const text = JSON.stringify({ resource: { aws_sqs_queue: { q: { name: "q", lifecycle: { prevent_destroy: true } } } } });
    const { file, diagnostics } = await parseHead("infra/q.tf.json", text);
    expect(diagnostics).toEqual([]);
    expect(file.body).toEqual({ resource: { aws_sqs_queue: { q: [{ name: "q", lifecycle: [{ prevent_destroy: true }] }] } } });
  });

  const jsonErrors: [string, string, number, number][] = [
    ["unexpected token", '{\n  "resource": {\n    "a_b": }\n}', 3, 12],
    ["trailing comma", '{\n  "variable": {},\n}', 3, 1],
    ["truncated", '{\n  "output": {', 2, 14],
  ];
  for (const [name, text, line, column] of jsonErrors) {
    it(`reports invalid JSON with its line and column: ${name}`, async () => {
      const { file, diagnostics } = await parseHead("infra/x.tf.json", text);
      expect(file.body).toBeNull();
      expect(diagnostics[0]).toMatchObject({ level: "error", code: "hcl.syntax", file: "infra/x.tf.json", line, column });
    });
  }

  it("accepts a byte-order mark before Terraform JSON", async () => {
    const { file } = await parseHead("infra/x.tf.json", '\uFEFF{"locals": {"a": 1}}');
    expect(file.body).toEqual({ locals: [{ a: 1 }] });
  });

  it("refuses a JSON document that is not an object", async () => {
    const { diagnostics } = await parseHead("infra/x.tf.json", "[1, 2]");
    expect(diagnostics[0]).toMatchObject({ code: "hcl.syntax", message: expect.stringContaining("one JSON object") });
  });

  it("refuses oversized files without parsing them", async () => {
    const { file, diagnostics } = await parseHead("infra/huge.tf", "#".repeat(MAX_FILE_CHARS + 1));
    expect(file.body).toBeNull();
    expect(diagnostics[0]).toMatchObject({ level: "error", code: "hcl.too-large" });
  });

  it("refuses input nested deeply enough to crash the parser, which stays usable afterwards", async () => {
    const bombs = [`x = ${"[".repeat(20_000)}${"]".repeat(20_000)}\n`, `${"a {\n".repeat(5000)}${"}\n".repeat(5000)}`, `x = ${"!".repeat(50_000)}true\n`, `x = ${"f(".repeat(5000)}1${")".repeat(5000)}\n`];
    for (const text of bombs) {
      const { file, diagnostics } = await parseHead("infra/bomb.tf", text);
      expect(file.body).toBeNull();
      expect(diagnostics[0]).toMatchObject({ level: "error", code: "hcl.too-deep", line: expect.any(Number) });
    }
    const after = await parseHead("infra/ok.tf", "a = 1\n");
    expect(after.file.body).toEqual({ a: 1 });
  });

  it("refuses deeply nested JSON", async () => {
    const { diagnostics } = await parseHead("infra/deep.tf.json", `{"locals": {"a": ${"[".repeat(5000)}${"]".repeat(5000)}}}`);
    expect(diagnostics[0]).toMatchObject({ code: "hcl.too-deep" });
  });
});

describe("parseHclError", () => {
  it("reads the first diagnostic of hcl2json's message", () => {
    const raw = 'parse config: [main.tf:60,15-61,1: Invalid block definition; A block definition must have block content delimited by "{" and "}".]';
    expect(parseHclError(raw, "main.tf")).toEqual({ line: 60, column: 15, message: 'Invalid block definition; A block definition must have block content delimited by "{" and "}".' });
  });

  it("stops at the second diagnostic but keeps positions quoted inside a detail", () => {
    const raw = 'parse config: [a b.tf:3,2-3: Attribute redefined; The argument "x" was already set at a b.tf:2,2-3. Each argument may be set only once. a b.tf:9,1-2: Invalid character; Nope.]';
    expect(parseHclError(raw, "a b.tf")).toEqual({ line: 3, column: 2, message: 'Attribute redefined; The argument "x" was already set at a b.tf:2,2-3. Each argument may be set only once.' });
  });

  it("keeps an unrecognised message whole", () => {
    expect(parseHclError("Go program has already exited", "main.tf")).toEqual({ message: "Go program has already exited" });
  });
});
