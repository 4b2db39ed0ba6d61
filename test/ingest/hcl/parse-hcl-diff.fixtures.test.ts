import { describe, expect, it } from "vitest";
import { parseHclDiff } from "../../../src/ingest/hcl/index.js";
import type { ChangeAction, ChangeCertainty, ConfigChangeKind, ResourceChange } from "../../../src/model/resource-change.js";
import { dependentsOf, hclScenarios, loadHclFixture } from "./hcl-fixtures.js";

const STATIC = "static HCL diff (no plan)";

interface ExpectedChange {
  address: string;
  action: ChangeAction;
  certainty: ChangeCertainty;
  reasons: string[];
  line?: number;
  extra?: Partial<ResourceChange>;
}

interface Scenario {
  changes: ExpectedChange[];
  config: { kind: ConfigChangeKind; address: string; says?: string }[];
  complete?: boolean;
  diagnostics?: { code: string; line?: number; column?: number }[];
  dependents?: Record<string, string[]>;
}

const SCENARIOS: Record<string, Scenario> = {
  "rds-delete": {
    changes: [
      { address: "aws_db_instance.orders", action: "delete", certainty: "likely", reasons: ["block removed", "delete_because_no_resource_config", STATIC], line: 13 },
      { address: "aws_route53_record.orders_db", action: "delete", certainty: "likely", reasons: ["block removed", "delete_because_no_resource_config", STATIC], line: 33 },
    ],
    config: [
      { kind: "output", address: "output.orders_db_endpoint", says: "removed" },
      { kind: "locals", address: "local.endpoint", says: "removed" },
    ],
    dependents: { "aws_db_instance.orders": ["local.endpoint", "output.orders_db_endpoint"], "local.endpoint": ["aws_route53_record.orders_db"] },
  },
  "moved-block": {
    changes: [
      { address: "aws_s3_bucket_versioning.logs", action: "update", certainty: "likely", reasons: ["attributes changed: bucket", STATIC] },
      {
        address: "aws_s3_bucket.access_logs",
        action: "move",
        certainty: "likely",
        reasons: ["moved block: aws_s3_bucket.logs → aws_s3_bucket.access_logs", STATIC],
        line: 1,
        extra: { previousAddress: "aws_s3_bucket.logs" },
      },
    ],
    config: [],
    dependents: { "aws_s3_bucket.access_logs": ["aws_s3_bucket_versioning.logs"] },
  },
  "removed-forget": {
    changes: [
      {
        address: "aws_dynamodb_table.sessions",
        action: "forget",
        certainty: "likely",
        reasons: ["removed block with lifecycle destroy = false: Terraform forgets the object and leaves it running, unmanaged", STATIC],
      },
    ],
    config: [],
  },
  "removed-destroy": {
    changes: [
      {
        address: "google_storage_bucket.exports",
        action: "delete",
        certainty: "likely",
        reasons: ["removed block with lifecycle destroy = true", "delete_because_no_resource_config", STATIC],
      },
    ],
    config: [],
  },
  "import-block": {
    changes: [
      { address: "aws_s3_bucket.assets", action: "import", certainty: "likely", reasons: ["import block: Terraform adopts an existing object", STATIC], line: 10, extra: { importing: { id: "acme-assets" } } },
      {
        address: "aws_iam_role.deployer",
        action: "import",
        certainty: "likely",
        reasons: ["import block: Terraform adopts an existing object", "import id is computed: var.deployer_role_name", STATIC],
        extra: { importing: {} },
      },
    ],
    config: [],
  },
  "deletion-protection-off": {
    changes: [
      {
        address: "aws_rds_cluster.billing",
        action: "update",
        certainty: "likely",
        reasons: ["attributes changed: deletion_protection, skip_final_snapshot, final_snapshot_identifier", STATIC],
      },
    ],
    config: [],
  },
  "prevent-destroy-removed": {
    changes: [
      {
        address: "azurerm_key_vault.main",
        action: "update",
        certainty: "likely",
        reasons: ["prevent_destroy removed (was true)", STATIC],
        extra: { lifecycle: { before: { preventDestroy: true }, after: {} } },
      },
    ],
    config: [],
  },
  "count-decrease": {
    changes: [
      { address: "aws_instance.web[1]", action: "delete", certainty: "likely", reasons: ["count decreased from 3 to 1", "delete_because_count_index", STATIC] },
      { address: "aws_instance.web[2]", action: "delete", certainty: "likely", reasons: ["count decreased from 3 to 1", "delete_because_count_index", STATIC] },
    ],
    config: [
      { kind: "count", address: "aws_instance.web", says: "count = 3 → count = 1" },
      { kind: "count", address: "aws_lb_target_group_attachment.web", says: "count = length(aws_instance.web)" },
    ],
    dependents: { "aws_instance.web": ["aws_lb_target_group_attachment.web"] },
  },
  "for-each-keys": {
    changes: [
      { address: 'google_storage_bucket.tenant["globex"]', action: "delete", certainty: "likely", reasons: ['for_each key "globex" removed', "delete_because_each_key", STATIC] },
    ],
    config: [{ kind: "for-each", address: "google_storage_bucket.tenant" }],
  },
  "force-new-replace": {
    changes: [
      {
        address: "azurerm_storage_account.data",
        action: "replace",
        certainty: "possible",
        reasons: ["account_tier changes: forces replacement", "replace_because_cannot_update", STATIC],
        extra: { replacement: { order: "delete-first", paths: [["account_tier"]], oldObject: "destroyed" } },
      },
      {
        address: "google_sql_database_instance.reports",
        action: "replace",
        certainty: "possible",
        reasons: ["region changes: forces replacement", "replace_because_cannot_update", STATIC],
        extra: { replacement: { order: "create-first", paths: [["region"]], oldObject: "destroyed" } },
      },
    ],
    config: [],
  },
  "module-source-change": {
    changes: [],
    config: [
      { kind: "module-version", address: "module.endpoints", says: '"5.1.2" → "5.8.1"' },
      { kind: "module-source", address: "module.vpc", says: "git::https://github.com/example-fork" },
      { kind: "module-version", address: "module.vpc" },
      { kind: "variable", address: "module.vpc", says: "inputs changed: private_subnets" },
    ],
    dependents: { "module.vpc": ["module.endpoints"] },
  },
  "module-removed": {
    changes: [],
    config: [
      { kind: "module-removed", address: "module.eks", says: "every resource it manages will be destroyed" },
      { kind: "output", address: "output.cluster_endpoint" },
    ],
    dependents: { "module.eks": ["output.cluster_endpoint"] },
  },
  "provider-region-change": {
    changes: [],
    config: [
      { kind: "provider", address: "provider.aws", says: 'region "us-east-1" → "eu-west-1"' },
      { kind: "provider-removed", address: "provider.aws.dr" },
    ],
  },
  "backend-change": {
    changes: [],
    config: [
      { kind: "backend", address: "terraform.backend", says: "from s3 to gcs: state must be migrated" },
      { kind: "required-providers", address: "required_providers.aws", says: "~> 5.40" },
    ],
  },
  "moved-between-files": { changes: [], config: [], dependents: { "aws_vpc.main": ["aws_security_group.app", "aws_subnet.private_a"] } },
  "syntax-error": { changes: [], config: [], complete: false, diagnostics: [{ code: "hcl.syntax", line: 10, column: 24 }] },
  "tf-json": {
    changes: [
      {
        address: "aws_sqs_queue.orders",
        action: "replace",
        certainty: "possible",
        reasons: ["name changes: forces replacement", "replace_because_cannot_update", "prevent_destroy removed (was true)", "create_before_destroy set to true", STATIC],
        line: 5,
        extra: { replacement: { order: "create-first", paths: [["name"]], oldObject: "destroyed" } },
      },
      { address: "aws_sqs_queue.orders_dlq", action: "delete", certainty: "likely", reasons: ["block removed", "delete_because_no_resource_config", STATIC], line: 10 },
    ],
    config: [],
    dependents: { "aws_sqs_queue.orders_dlq": ["aws_sns_topic_subscription.orders"] },
  },
};

describe("parseHclDiff on fixtures/hcl", () => {
  it("has expectations for every scenario directory", () => {
    expect(Object.keys(SCENARIOS).sort()).toEqual(hclScenarios());
  });

  for (const [name, scenario] of Object.entries(SCENARIOS)) {
    it(`${name}: reports the expected changes`, async () => {
      const result = await parseHclDiff({ files: loadHclFixture(name) });

      const summary = result.changes.map((c) => ({ address: c.address, action: c.action, certainty: c.certainty, reasons: c.reasons }));
      expect(summary).toEqual(scenario.changes.map(({ address, action, certainty, reasons }) => ({ address, action, certainty, reasons })));
      for (const expected of scenario.changes) {
        const change = result.changes.find((c) => c.address === expected.address)!;
        expect(change.source).toBe("hcl");
        expect(change.root).toBe("infra");
        expect(change.file).toMatch(/^infra\//);
        if (expected.line !== undefined) expect(change.line).toBe(expected.line);
        if (expected.extra !== undefined) expect(change).toMatchObject(expected.extra);
      }

      expect(result.configChanges.map((c) => ({ kind: c.kind, address: c.address }))).toEqual(scenario.config.map(({ kind, address }) => ({ kind, address })));
      for (const expected of scenario.config.filter((c) => c.says !== undefined)) {
        const change = result.configChanges.find((c) => c.kind === expected.kind && c.address === expected.address)!;
        expect(change.message).toContain(expected.says);
      }

      expect(result.roots).toEqual([{ name: "infra", kind: "hcl", tool: "terraform", complete: scenario.complete ?? true }]);
      expect(result.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column }))).toEqual(scenario.diagnostics ?? []);
      for (const [address, dependents] of Object.entries(scenario.dependents ?? {})) {
        expect(dependentsOf(result, "infra", address)).toEqual(dependents);
      }
    });
  }

  it("rds-delete: keeps the deleted database's protection settings for scoring", async () => {
    const result = await parseHclDiff({ files: loadHclFixture("rds-delete") });
    const db = result.changes.find((c) => c.address === "aws_db_instance.orders")!;
    expect(db.before).toMatchObject({ deletion_protection: true, skip_final_snapshot: false, engine: "postgres" });
    expect(db.after).toBeNull();
    expect(db.node).toBe("infra#aws_db_instance.orders");
    expect(result.graph.resources.has(db.node)).toBe(true);
  });

  it("deletion-protection-off: shows the protection flags before and after", async () => {
    const result = await parseHclDiff({ files: loadHclFixture("deletion-protection-off") });
    const [cluster] = result.changes;
    expect(cluster?.before).toMatchObject({ deletion_protection: true, skip_final_snapshot: false, final_snapshot_identifier: "billing-prod-final" });
    expect(cluster?.after).toMatchObject({ deletion_protection: false, skip_final_snapshot: true });
    expect(cluster?.after).not.toHaveProperty("final_snapshot_identifier");
  });

  it("count-decrease and for-each-keys: config changes carry the comparable before/after values", async () => {
    const count = await parseHclDiff({ files: loadHclFixture("count-decrease") });
    expect(count.configChanges[0]).toMatchObject({ before: 3, after: 1 });
    const keys = await parseHclDiff({ files: loadHclFixture("for-each-keys") });
    expect(keys.configChanges[0]).toMatchObject({ before: ["acme", "globex", "initech"], after: ["acme", "initech"] });
  });
});
