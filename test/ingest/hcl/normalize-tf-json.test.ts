import { describe, expect, it } from "vitest";
import { normalizeTfJson } from "../../../src/ingest/hcl/normalize-tf-json.js";

describe("normalizeTfJson", () => {
  it("wraps every labelled block in arrays, as hcl2json does", () => {
    const doc = {
      resource: { aws_s3_bucket: { a: { bucket: "a", lifecycle: { prevent_destroy: true } } } },
      data: { aws_ami: { u: { most_recent: true } } },
      module: { vpc: { source: "./vpc" } },
      provider: { aws: [{ region: "us-east-1" }, { alias: "west", region: "us-west-2" }] },
      variable: { env: { default: "prod" } },
      output: { id: { value: "${aws_s3_bucket.a.id}" } },
      locals: { name: "x" },
    };
    expect(normalizeTfJson(doc)).toEqual({
      resource: { aws_s3_bucket: { a: [{ bucket: "a", lifecycle: [{ prevent_destroy: true }] }] } },
      data: { aws_ami: { u: [{ most_recent: true }] } },
      module: { vpc: [{ source: "./vpc" }] },
      provider: { aws: [{ region: "us-east-1" }, { alias: "west", region: "us-west-2" }] },
      variable: { env: [{ default: "prod" }] },
      output: { id: [{ value: "${aws_s3_bucket.a.id}" }] },
      locals: [{ name: "x" }],
    });
  });

  it("merges the array form Terraform JSON allows at any label level", () => {
    const doc = { resource: [{ aws_sqs_queue: { a: { name: "a" } } }, { aws_sqs_queue: [{ b: { name: "b" } }] }] };
    expect(normalizeTfJson(doc)).toEqual({ resource: { aws_sqs_queue: { a: [{ name: "a" }], b: [{ name: "b" }] } } });
  });

  it("normalises terraform settings and refactoring blocks", () => {
    const doc = {
      terraform: { backend: { s3: { bucket: "state" } }, required_providers: { aws: { source: "hashicorp/aws" } } },
      moved: { from: "aws_s3_bucket.a", to: "aws_s3_bucket.b" },
      removed: [{ from: "aws_sqs_queue.q", lifecycle: { destroy: false } }],
    };
    expect(normalizeTfJson(doc)).toEqual({
      terraform: [{ backend: { s3: [{ bucket: "state" }] }, required_providers: [{ aws: { source: "hashicorp/aws" } }] }],
      moved: [{ from: "aws_s3_bucket.a", to: "aws_s3_bucket.b" }],
      removed: [{ from: "aws_sqs_queue.q", lifecycle: [{ destroy: false }] }],
    });
  });

  it("drops comments and wraps bare traversals in depends_on", () => {
    const doc = { "//": "generated", resource: { a_b: { c: { "//": "note", depends_on: ["aws_iam_role.r", "${module.m}"] } } } };
    expect(normalizeTfJson(doc)).toEqual({ resource: { a_b: { c: [{ depends_on: ["${aws_iam_role.r}", "${module.m}"] }] } } });
  });
});
