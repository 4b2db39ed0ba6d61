import { describe, expect, it } from "vitest";
import { scanHclSource } from "../../../src/ingest/hcl/scan-hcl-source.js";

function headers(text: string): string[] {
  return scanHclSource(text).headers.map((h) => `${h.line}: ${[h.keyword, ...h.labels].join(" ")}`);
}

describe("scanHclSource headers", () => {
  it("finds top-level block headers with their labels and 1-based lines", () => {
    const text = ['terraform {', '  backend "s3" {}', "}", "", 'resource "aws_s3_bucket" "b" {', "  bucket = \"x\"", "}", "module vpc {", "}", "moved {", "}"].join("\n");
    expect(headers(text)).toEqual(["1: terraform", '5: resource aws_s3_bucket b', "8: module vpc", "10: moved"]);
  });

  it("ignores headers inside comments, strings and heredocs", () => {
    const text = [
      '# resource "fake" "one" {',
      "/* resource \"fake\" \"two\" {",
      "*/",
      'locals { note = "resource \\"fake\\" \\"three\\" {" }',
      'resource "aws_instance" "a" {',
      "  user_data = <<-EOT",
      'resource "fake" "four" {',
      "  EOT",
      "}",
      "// resource \"fake\" \"five\" {",
      'data "aws_ami" "u" {}',
    ].join("\n");
    expect(headers(text)).toEqual(["4: locals", "5: resource aws_instance a", "11: data aws_ami u"]);
  });

  it("keeps counting lines through multi-line comments, heredocs and interpolations", () => {
    const text = ["/*", "", "*/", 'output "o" {', '  value = "${join(",", [', "    var.a,", '  ])}"', "}", 'variable "v" {}'].join("\n");
    expect(headers(text)).toEqual(["4: output o", "9: variable v"]);
  });

  it("records the lines of a block's direct children", () => {
    const text = ["locals {", "  a = 1", "  nested = {", "    b = 2", "  }", "  c = 3", "}"].join("\n");
    const [locals] = scanHclSource(text).headers;
    expect(Object.fromEntries(locals!.children)).toEqual({ a: 2, nested: 3, c: 6 });
  });

  it("does not take a top-level attribute for a block", () => {
    expect(headers('x = "resource"\nresource "a_b" "c" {\n}')).toEqual(["2: resource a_b c"]);
  });
});

describe("scanHclSource nesting cost", () => {
  it("stays low for ordinary configuration", () => {
    const text = 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Action = ["s3:*"], Resource = "*" }] })\n}\n';
    expect(scanHclSource(text).nestingCost).toBeLessThan(40);
  });

  it("grows with bracket, interpolation and directive depth", () => {
    expect(scanHclSource(`x = ${"[".repeat(300)}${"]".repeat(300)}\n`).nestingCost).toBeGreaterThanOrEqual(1200);
    expect(scanHclSource(`x = ${'"${'.repeat(200)}1${'}"'.repeat(200)}\n`).nestingCost).toBeGreaterThanOrEqual(1600);
    expect(scanHclSource(`x = "${"%{ if true }".repeat(300)}${"%{ endif }".repeat(300)}"\n`).nestingCost).toBeGreaterThanOrEqual(1200);
  });

  it("counts chains of unary and conditional operators, reset by each new item", () => {
    expect(scanHclSource(`x = ${"!".repeat(2000)}true\n`).nestingCost).toBeGreaterThanOrEqual(2000);
    expect(scanHclSource(`x = ${"true ? 1 : ".repeat(2000)}2\n`).nestingCost).toBeGreaterThanOrEqual(2000);
    const manyItems = `x = [\n${"  a ? b : c,\n".repeat(2000)}]\n`;
    expect(scanHclSource(manyItems).nestingCost).toBeLessThan(20);
    expect(scanHclSource(`x = a - b - c - d - e\n`).nestingCost).toBeLessThan(5);
  });
});
