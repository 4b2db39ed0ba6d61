import { describe, expect, it } from "vitest";
import { parseHclDiff, type HclFileInput } from "../../../src/ingest/hcl/index.js";
import type { IngestResult } from "../../../src/model/ingest-result.js";

function diff(files: HclFileInput[]): Promise<IngestResult> {
  return parseHclDiff({ files });
}

function one(base: string | null, head: string | null, path = "main.tf"): Promise<IngestResult> {
  return diff([{ path, base, head }]);
}

function actions(result: IngestResult): string[] {
  return result.changes.map((c) => `${c.action} ${c.address}`);
}

describe("parseHclDiff: inputs it must survive", () => {
  const garbage: [string, unknown][] = [
    ["null params", null],
    ["files is not an array", { files: "main.tf" }],
    ["entries without paths", { files: [null, 42, { base: "x" }, { path: "" }] }],
    ["text that is not a string", { files: [{ path: "a/main.tf", base: 42, head: { not: "text" } }] }],
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
  for (const [name, params] of garbage) {
    it(`never rejects: ${name}`, async () => {
      const result = await parseHclDiff(params as { files: HclFileInput[] });
      expect(result.changes).toEqual([]);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.roots.every((r) => !r.complete)).toBe(true);
    });
  }

  it("never rejects on binary noise or bombs, and reports each file", async () => {
    const noise = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("");
    const result = await diff([
      { path: "a/noise.tf", base: null, head: noise },
      { path: "a/bomb.tf", base: null, head: `x = ${"(".repeat(100_000)}` },
      { path: "a/bomb.tf.json", base: null, head: "[".repeat(100_000) },
      { path: "b/ok.tf", base: null, head: 'resource "aws_sqs_queue" "q" {}\n' },
    ]);
    expect(result.diagnostics.filter((d) => d.level === "error").map((d) => d.file)).toEqual(["a/noise.tf", "a/bomb.tf", "a/bomb.tf.json"]);
    expect(result.roots).toEqual([
      { name: "a", kind: "hcl", tool: "terraform", complete: false },
      { name: "b", kind: "hcl", tool: "terraform", complete: true },
    ]);
    expect(actions(result)).toEqual(["create aws_sqs_queue.q"]);
  });

  it("skips files that are not Terraform configuration, with an info diagnostic", async () => {
    const result = await diff([{ path: "prod.tfvars", base: "a = 1", head: "a = 2" }]);
    expect(result.roots).toEqual([]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "info", code: "hcl.skipped", file: "prod.tfvars" })]);
  });
});

describe("parseHclDiff: directories and files", () => {
  it("treats every directory as its own root, `.` at the top level", async () => {
    const bucket = 'resource "aws_s3_bucket" "b" {}\n';
    const result = await diff([
      { path: "main.tf", base: null, head: bucket },
      { path: "envs/prod/main.tf", base: bucket, head: null },
    ]);
    expect(result.changes.map((c) => `${c.root} ${c.action} ${c.node}`)).toEqual([". create .#aws_s3_bucket.b", "envs/prod delete envs/prod#aws_s3_bucket.b"]);
  });

  it("reads a renamed file's base text in its previous directory", async () => {
    const bucket = 'resource "aws_s3_bucket" "b" {}\n';
    const result = await diff([{ path: "new/main.tf", previousPath: "old/main.tf", base: bucket, head: bucket }]);
    expect(actions(result)).toEqual(["create aws_s3_bucket.b", "delete aws_s3_bucket.b"]);
    expect(result.changes.map((c) => c.root)).toEqual(["new", "old"]);
  });

  it("does not invent deletes for a file whose head does not parse, but still diffs its neighbours", async () => {
    const result = await diff([
      { path: "infra/db.tf", base: 'resource "aws_db_instance" "db" {}\n', head: 'resource "aws_db_instance" "db" {\n  engine = \n}\n' },
      { path: "infra/queue.tf", base: null, head: 'resource "aws_sqs_queue" "q" {}\n' },
    ]);
    expect(actions(result)).toEqual(["create aws_sqs_queue.q"]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "hcl.syntax", file: "infra/db.tf", line: 2, column: 12 })]);
    expect(result.roots[0]?.complete).toBe(false);
  });

  it("diffs an added file as creates and a removed file as deletes", async () => {
    const text = 'resource "aws_kms_key" "k" {}\ndata "aws_caller_identity" "me" {}\n';
    expect(actions(await one(null, text))).toEqual(["create aws_kms_key.k", "read data.aws_caller_identity.me"]);
    expect(actions(await one(text, null))).toEqual(["delete aws_kms_key.k"]);
  });

  it("warns about duplicate addresses in the head and diffs the first one", async () => {
    const result = await diff([
      { path: "a.tf", base: null, head: 'resource "aws_sqs_queue" "q" { name = "one" }\n' },
      { path: "b.tf", base: null, head: '\n\nresource "aws_sqs_queue" "q" { name = "two" }\n' },
    ]);
    expect(result.changes.map((c) => c.after)).toEqual([{ name: "one" }]);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "hcl.duplicate", file: "b.tf", line: 3 })]);
    expect(result.roots[0]?.complete).toBe(true);
  });

  it("merges override files into the blocks they override", async () => {
    const base = 'resource "aws_instance" "web" {\n  ami = "ami-1"\n}\n';
    const result = await diff([
      { path: "main.tf", base, head: base },
      { path: "main_override.tf", base: null, head: 'resource "aws_instance" "web" {\n  ami = "ami-2"\n}\n' },
    ]);
    expect(actions(result)).toEqual(["replace aws_instance.web"]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe("parseHclDiff: resource blocks", () => {
  it("honours ignore_changes", async () => {
    const base = 'resource "aws_instance" "web" {\n  ami = "ami-1"\n  tags = { a = "1" }\n  lifecycle {\n    ignore_changes = [ami, tags]\n  }\n}\n';
    expect(actions(await one(base, base.replace("ami-1", "ami-2").replace('"1"', '"2"')))).toEqual([]);
    const all = base.replace("[ami, tags]", "all");
    expect(actions(await one(all, all.replace("ami-1", "ami-2")))).toEqual([]);
  });

  it("reports a changed provider meta-argument as a possible replace", async () => {
    const result = await one('resource "aws_s3_bucket" "b" {}\n', 'resource "aws_s3_bucket" "b" {\n  provider = aws.west\n}\n');
    expect(result.changes[0]).toMatchObject({ action: "replace", certainty: "possible", provider: "aws.west" });
    expect(result.changes[0]?.reasons[0]).toContain("provider changes: aws → aws.west");
  });

  it("updates in place when only arguments outside the force-new catalogue change", async () => {
    const result = await one('resource "aws_db_instance" "db" {\n  allocated_storage = 20\n}\n', 'resource "aws_db_instance" "db" {\n  allocated_storage = 50\n}\n');
    expect(result.changes[0]).toMatchObject({ action: "update", reasons: ["attributes changed: allocated_storage", "static HCL diff (no plan)"] });
  });

  it("re-reads a data source whose arguments change and ignores removed data sources", async () => {
    const base = 'data "aws_ami" "u" {\n  most_recent = true\n}\ndata "aws_vpc" "v" {}\n';
    const head = 'data "aws_ami" "u" {\n  most_recent = false\n}\n';
    expect(actions(await one(base, head))).toEqual(["read data.aws_ami.u"]);
  });

  it("marks conventionally secret arguments as sensitive", async () => {
    const result = await one(null, 'resource "aws_db_instance" "db" {\n  password = "hunter2"\n  engine = "mysql"\n}\n');
    expect(result.changes[0]?.afterSensitive).toEqual({ password: true });
  });

  it("moves a resource into a module without destroying it", async () => {
    const result = await one('resource "aws_s3_bucket" "b" {}\n', 'module "storage" {\n  source = "./storage"\n}\nmoved {\n  from = aws_s3_bucket.b\n  to   = module.storage.aws_s3_bucket.this\n}\n');
    expect(result.changes.map((c) => `${c.action} ${c.address} ${c.previousAddress}`)).toEqual(["move module.storage.aws_s3_bucket.this aws_s3_bucket.b"]);
    expect(result.changes[0]?.line).toBe(4);
  });

  it("ignores a moved block kept from an earlier change", async () => {
    const text = 'resource "aws_s3_bucket" "new" {}\nmoved {\n  from = aws_s3_bucket.old\n  to   = aws_s3_bucket.new\n}\n';
    expect(actions(await one(text, `${text}resource "aws_sqs_queue" "q" {}\n`))).toEqual(["create aws_sqs_queue.q"]);
  });

  it("reports a moved block that also changes a force-new argument as a replace with its previous address", async () => {
    const result = await one('resource "aws_s3_bucket" "a" {\n  bucket = "x"\n}\n', 'resource "aws_s3_bucket" "b" {\n  bucket = "y"\n}\nmoved {\n  from = aws_s3_bucket.a\n  to   = aws_s3_bucket.b\n}\n');
    expect(result.changes[0]).toMatchObject({ action: "replace", address: "aws_s3_bucket.b", previousAddress: "aws_s3_bucket.a" });
  });

  it("reports a new removed block for an address the changed files do not declare as possible", async () => {
    const result = await one(null, "removed {\n  from = aws_instance.legacy\n}\n");
    expect(result.changes[0]).toMatchObject({ action: "delete", address: "aws_instance.legacy", certainty: "possible", line: 1 });
    const kept = "removed {\n  from = aws_instance.legacy\n}\n";
    expect(actions(await one(kept, kept))).toEqual([]);
  });
});

describe("parseHclDiff: count and for_each", () => {
  const web = (meta: string) => `resource "aws_instance" "web" {\n${meta}\n  ami = "ami-1"\n}\n`;
  const cases: [string, string, string, string[], string][] = [
    ["count added moves the object to [0]", "", "  count = 2", ["move aws_instance.web[0]"], "count"],
    ["count added as an expression is only possibly a move", "", "  count = var.n", ["move aws_instance.web[0]"], "count"],
    ["count = 0 added destroys the object", "", "  count = 0", ["delete aws_instance.web"], "count"],
    ["count removed keeps [0] and destroys the rest", "  count = 3", "", ["delete aws_instance.web[1]", "delete aws_instance.web[2]"], "count"],
    ["count increased creates instances", "  count = 1", "  count = 2", ["create aws_instance.web[1]"], "count"],
    ["for_each added re-creates the object", "", '  for_each = toset(["a"])', ["replace aws_instance.web"], "for-each"],
    ["count switched to for_each re-creates instances", "  count = 2", "  for_each = var.m", ["replace aws_instance.web"], "for-each"],
    ["literal for_each removed destroys its keys", '  for_each = { a = 1, b = 2 }', "", ['delete aws_instance.web["a"]', 'delete aws_instance.web["b"]'], "for-each"],
    ["count expression changed is only a config change", "  count = var.a", "  count = var.b", [], "count"],
  ];
  for (const [name, before, after, expected, kind] of cases) {
    it(name, async () => {
      const result = await one(web(before), web(after));
      expect(actions(result)).toEqual(expected);
      expect(result.configChanges.map((c) => c.kind)).toEqual([kind]);
    });
  }

  it("follows moved blocks that re-key instances instead of guessing a replace", async () => {
    const head = `${web('  for_each = toset(["a"])')}moved {\n  from = aws_instance.web\n  to   = aws_instance.web["a"]\n}\n`;
    const result = await one(web(""), head);
    expect(result.changes.map((c) => `${c.action} ${c.address} ${c.previousAddress}`)).toEqual(['move aws_instance.web["a"] aws_instance.web']);
  });

  it("marks a guessed replace create-first when the head sets create_before_destroy", async () => {
    const head = 'resource "aws_instance" "web" {\n  for_each = var.m\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n';
    const result = await one('resource "aws_instance" "web" {}\n', head);
    const replace = result.changes.find((c) => c.action === "replace");
    expect(replace?.replacement).toEqual({ order: "create-first", paths: [["for_each"]], oldObject: "destroyed" });
  });
});

describe("parseHclDiff: modules, providers and values", () => {
  it("reports a module renamed with a moved block without a module-removed", async () => {
    const result = await one('module "a" {\n  source = "./m"\n}\n', 'module "b" {\n  source = "./m"\n}\nmoved {\n  from = module.a\n  to   = module.b\n}\n');
    expect(result.configChanges.map((c) => `${c.kind} ${c.address}`)).toEqual(["module-added module.b"]);
    expect(result.configChanges[0]?.message).toContain("nothing is destroyed");
  });

  it("says a module removed with destroy = false is forgotten", async () => {
    const result = await one('module "a" {\n  source = "./m"\n}\n', "removed {\n  from = module.a\n  lifecycle {\n    destroy = false\n  }\n}\n");
    expect(result.configChanges[0]).toMatchObject({ kind: "module-removed", address: "module.a" });
    expect(result.configChanges[0]?.message).toContain("forgotten");
  });

  it("reports module count changes", async () => {
    const result = await one('module "a" {\n  source = "./m"\n  count = 3\n}\n', 'module "a" {\n  source = "./m"\n  count = 1\n}\n');
    expect(result.configChanges).toEqual([expect.objectContaining({ kind: "count", address: "module.a", before: 3, after: 1 })]);
    expect(result.changes).toEqual([]);
  });

  it("hides the values of secret provider arguments", async () => {
    const result = await one('provider "aws" {\n  access_key = "AKIAOLD"\n}\n', 'provider "aws" {\n  access_key = "AKIANEW"\n}\n');
    expect(result.configChanges[0]?.message).toContain("access_key (sensitive)");
    expect(JSON.stringify(result.configChanges)).not.toContain("AKIA");
  });

  it("reports variable default changes, without values for sensitive variables", async () => {
    const plain = await one('variable "size" {\n  default = "t3.micro"\n}\n', 'variable "size" {\n  default = "t3.large"\n}\n');
    expect(plain.configChanges[0]).toMatchObject({ kind: "variable", address: "var.size", before: "t3.micro", after: "t3.large" });
    const secret = await one('variable "pw" {\n  sensitive = true\n  default = "old"\n}\n', 'variable "pw" {\n  sensitive = true\n  default = "new"\n}\n');
    expect(secret.configChanges[0]?.message).toBe("var.pw default changed (sensitive)");
    expect(JSON.stringify(secret.configChanges)).not.toMatch(/"(old|new)"/);
  });

  it("reports changed locals and outputs with their lines", async () => {
    const result = await one('locals {\n  a = 1\n  b = 2\n}\noutput "o" {\n  value = 1\n}\n', 'locals {\n  a = 1\n  b = 3\n}\noutput "o" {\n  value = 2\n}\n');
    expect(result.configChanges.map((c) => `${c.kind} ${c.address} ${c.line}`)).toEqual(["output output.o 5", "locals local.b 3"]);
  });
});

describe("parseHclDiff: Terraform JSON next to HCL", () => {
  it("sees no change when a block moves from HCL to Terraform JSON unchanged", async () => {
    const hcl = 'resource "aws_s3_bucket" "b" {\n  bucket = "x"\n  versioning {\n    enabled = true\n  }\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n';
    const json = JSON.stringify({ resource: { aws_s3_bucket: { b: { bucket: "x", versioning: { enabled: true }, lifecycle: { prevent_destroy: true } } } } });
    const result = await diff([
      { path: "s3.tf", base: hcl, head: null },
      { path: "s3.tf.json", base: null, head: json },
    ]);
    expect(result.changes).toEqual([]);
  });
});

describe("parseHclDiff: renamed files that cannot be read", () => {
  it("marks both directories incomplete when one side of a move across directories does not parse", async () => {
    const result = await diff([{ path: "new/main.tf", previousPath: "old/main.tf", base: 'resource "aws_s3_bucket" "b" {}\n', head: "resource {" }]);
    expect(result.changes).toEqual([]);
    expect(result.roots.map((r) => `${r.name} ${r.complete}`)).toEqual(["new false", "old false"]);
  });
});
