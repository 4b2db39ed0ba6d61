import { describe, expect, it } from "vitest";
import { parseHclDiff } from "../../../src/ingest/hcl/index.js";
import { dependentsOf } from "./hcl-fixtures.js";

const HEAD = `
resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

locals {
  vpc_id = aws_vpc.main.id
  subnet_ids = [for s in aws_subnet.private : s.id]
}

resource "aws_subnet" "private" {
  count      = var.az_count
  vpc_id     = local.vpc_id
  cidr_block = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
}

resource "aws_security_group" "db" {
  vpc_id = local.vpc_id

  dynamic "ingress" {
    for_each = var.rules
    content {
      from_port   = ingress.value.port
      cidr_blocks = [aws_vpc.main.cidr_block]
    }
  }
}

resource "aws_db_instance" "main" {
  vpc_security_group_ids = [aws_security_group.db.id]
  db_subnet_group_name   = module.db_network.subnet_group
  depends_on             = [aws_iam_role_policy_attachment.monitoring]
}

module "db_network" {
  source     = "./db-network"
  subnet_ids = local.subnet_ids
}

output "db_endpoint" {
  value = aws_db_instance.main.endpoint
}
`;

describe("buildHclGraph (through parseHclDiff)", () => {
  it("links each block to what its expressions reference, through locals and modules", async () => {
    const result = await parseHclDiff({ files: [{ path: "envs/prod/main.tf", base: null, head: HEAD }] });
    const root = "envs/prod";
    expect(dependentsOf(result, root, "aws_vpc.main")).toEqual(["aws_security_group.db", "aws_subnet.private", "local.vpc_id"]);
    expect(dependentsOf(result, root, "local.vpc_id")).toEqual(["aws_security_group.db", "aws_subnet.private"]);
    expect(dependentsOf(result, root, "aws_subnet.private")).toEqual(["local.subnet_ids"]);
    expect(dependentsOf(result, root, "local.subnet_ids")).toEqual(["module.db_network"]);
    expect(dependentsOf(result, root, "module.db_network")).toEqual(["aws_db_instance.main"]);
    expect(dependentsOf(result, root, "aws_security_group.db")).toEqual(["aws_db_instance.main"]);
    expect(dependentsOf(result, root, "aws_iam_role_policy_attachment.monitoring")).toEqual(["aws_db_instance.main"]);
    expect(dependentsOf(result, root, "aws_db_instance.main")).toEqual(["output.db_endpoint"]);
    expect(dependentsOf(result, root, "var.az_count")).toEqual(["aws_subnet.private"]);
    expect(dependentsOf(result, root, "provider.aws")).toEqual(["aws_db_instance.main", "aws_security_group.db", "aws_subnet.private", "aws_vpc.main"]);
  });

  it("does not take dynamic iterators, for symbols or count.index for objects", async () => {
    const result = await parseHclDiff({ files: [{ path: "main.tf", base: null, head: HEAD }] });
    const nodes = [...result.graph.dependents.keys()];
    expect(nodes.filter((n) => /ingress|#s\.|count\./.test(n))).toEqual([]);
  });

  it("marks resources as resources and gives each change its resource's node", async () => {
    const result = await parseHclDiff({ files: [{ path: "main.tf", base: null, head: HEAD }] });
    expect([...result.graph.resources].sort()).toEqual([".#aws_db_instance.main", ".#aws_security_group.db", ".#aws_subnet.private", ".#aws_vpc.main"]);
    for (const change of result.changes) expect(result.graph.resources.has(change.node)).toBe(true);
  });

  it("keeps the dependents a removed resource had in the base", async () => {
    const base = 'resource "aws_kms_key" "k" {}\nresource "aws_s3_bucket" "b" {\n  kms = aws_kms_key.k.arn\n}\n';
    const head = 'resource "aws_s3_bucket" "b" {\n  kms = null\n}\n';
    const result = await parseHclDiff({ files: [{ path: "main.tf", base, head }] });
    expect(dependentsOf(result, ".", "aws_kms_key.k")).toEqual(["aws_s3_bucket.b"]);
    expect(result.graph.resources.has(".#aws_kms_key.k")).toBe(true);
  });

  it("reads references in Terraform JSON, including bare depends_on traversals", async () => {
    const head = JSON.stringify({
      resource: { aws_sqs_queue: { q: { name: "q" } }, aws_lambda_event_source_mapping: { m: { event_source_arn: "${aws_sqs_queue.q.arn}", depends_on: ["aws_iam_role.r"] } } },
    });
    const result = await parseHclDiff({ files: [{ path: "main.tf.json", base: null, head }] });
    expect(dependentsOf(result, ".", "aws_sqs_queue.q")).toEqual(["aws_lambda_event_source_mapping.m"]);
    expect(dependentsOf(result, ".", "aws_iam_role.r")).toEqual(["aws_lambda_event_source_mapping.m"]);
  });
});
