import { describe, expect, it } from "vitest";
import { findExpressionEnd, scanReferences } from "../../../src/ingest/hcl/scan-references.js";

function refs(value: string, ignore?: string[]): string[] {
  const out = new Set<string>();
  scanReferences(value, out, ignore === undefined ? undefined : new Set(ignore));
  return [...out].sort();
}

describe("scanReferences", () => {
  const cases: [string, string, string[]][] = [
    ["plain literal", "us-east-1", []],
    ["resource attribute", "${aws_vpc.main.id}", ["aws_vpc.main"]],
    ["data source", "${data.aws_iam_policy_document.assume.json}", ["data.aws_iam_policy_document.assume"]],
    ["module output becomes the module call", "${module.vpc.private_subnets[0]}", ["module.vpc"]],
    ["variables and locals", "${var.env}-${local.name}", ["local.name", "var.env"]],
    ["template with literal parts", "arn:${data.aws_partition.current.partition}:s3:::${aws_s3_bucket.logs.id}/*", ["aws_s3_bucket.logs", "data.aws_partition.current"]],
    ["index", "${aws_instance.web[0].private_ip}", ["aws_instance.web"]],
    ["string index", '${aws_instance.web["blue"].id}', ["aws_instance.web"]],
    ["splat", "${aws_instance.web[*].id}", ["aws_instance.web"]],
    ["legacy splat", "${aws_instance.web.*.id}", ["aws_instance.web"]],
    ["function call arguments", '${try(module.db.endpoint, "")}', ["module.db"]],
    ["nested calls", "${jsonencode({ Resource = [aws_s3_bucket.b.arn, \"${aws_s3_bucket.c.arn}/*\"] })}", ["aws_s3_bucket.b", "aws_s3_bucket.c"]],
    ["braces inside nested strings", '${jsonencode({ a = "}", b = aws_sqs_queue.q.arn })}', ["aws_sqs_queue.q"]],
    ["conditional", "${var.enabled ? aws_kms_key.k[0].arn : null}", ["aws_kms_key.k", "var.enabled"]],
    ["for expression symbols are not references", '${[for sg_rule in var.rules : sg_rule.cidr if sg_rule.port != 22]}', ["var.rules"]],
    ["for expression with key and value", "${{ for bucket_name, cfg in local.buckets : bucket_name => cfg.acl }}", ["local.buckets"]],
    ["count, each, self, path and terraform are not objects", "${count.index}-${each.value.name}-${self.id}-${path.module}-${terraform.workspace}", []],
    ["escaped interpolation is literal text", "$${aws_instance.not_a_ref.id} ${aws_instance.real.id}", ["aws_instance.real"]],
    ["template directives", "%{ if var.on }${aws_eip.ip.public_ip}%{ endif }", ["aws_eip.ip", "var.on"]],
    ["provider functions", '${provider::aws::arn_parse(aws_iam_role.r.arn).account_id}', ["aws_iam_role.r"]],
    ["attribute access on a call result is not a root", "${lookup(var.m, \"k\").aws_thing.x}", ["var.m"]],
    ["identifiers with dashes", "${var.my-name}", ["var.my-name"]],
    ["roots without an underscore are not resource types", "${ingress.value.from_port}", []],
    ["numbers", "${var.size * 1.5e3}", ["var.size"]],
    ["comments inside a multi-line expression", "${merge(\n  # aws_fake.commented\n  var.tags, // aws_fake.also\n  /* aws_fake.block */ local.extra\n)}", ["local.extra", "var.tags"]],
    ["heredoc inside an expression", "${templatefile(\"x\", { body = <<EOT\nhello ${aws_instance.h.id} aws_fake.text\nEOT\n})}", ["aws_instance.h"]],
    ["depends_on entry", "${aws_iam_role_policy.attach}", ["aws_iam_role_policy.attach"]],
    ["data needs type and name", "${data.aws_ami}", []],
  ];

  for (const [name, value, expected] of cases) {
    it(name, () => {
      expect(refs(value)).toEqual(expected);
    });
  }

  it("treats names in the ignore set (dynamic iterators) as local", () => {
    expect(refs("${rule_item.value.cidr} ${aws_vpc.v.cidr_block}", ["rule_item"])).toEqual(["aws_vpc.v"]);
  });

  it("does not hang on unterminated input", () => {
    expect(refs('${aws_instance.a.id "unterminated ${var.x')).toEqual(["aws_instance.a", "var.x"]);
  });
});

describe("findExpressionEnd", () => {
  it("finds the brace closing an interpolation, past nested strings and objects", () => {
    const value = '${jsonencode({ a = "}" })}-suffix';
    expect(findExpressionEnd(value, 2)).toBe(value.indexOf("-suffix"));
  });

  it("returns -1 when the interpolation is not closed", () => {
    expect(findExpressionEnd("${var.x", 2)).toBe(-1);
  });
});
