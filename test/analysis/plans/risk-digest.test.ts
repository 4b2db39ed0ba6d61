import { describe, expect, it } from "vitest";
import { riskAttributes, riskDigest, riskRecords } from "../../../src/analysis/plans/index.js";
import type { ResourceChange } from "../../../src/model/index.js";
import { aChange, aReplace } from "../../helpers/changes.js";

const SECRET = "hunter2-correct-horse";
const db = (overrides: Partial<ResourceChange> = {}) =>
  aChange({
    type: "aws_db_instance",
    address: "aws_db_instance.main",
    before: { instance_class: "db.t3.small", deletion_protection: true, backup_retention_period: 7, tags: { Name: "main" } },
    after: { instance_class: "db.t3.large", deletion_protection: true, backup_retention_period: 7, tags: { Name: "main" } },
    ...overrides,
  });
const bucket = aChange({ type: "aws_s3_bucket", address: "aws_s3_bucket.logs", action: "create", after: { bucket: "logs", force_destroy: false } });
const deleteCache = aChange({ type: "aws_elasticache_cluster", address: "aws_elasticache_cluster.main", action: "delete" });
const withPassword = (before: string, after: string) =>
  db({ before: { password: before, deletion_protection: true }, after: { password: after, deletion_protection: true }, beforeSensitive: { password: true }, afterSensitive: { password: true } });

describe("riskDigest", () => {
  it("is a hex SHA-256", () => {
    expect(riskDigest([db()])).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, ResourceChange[], ResourceChange[]]>([
    ["order does not matter", [db(), bucket, deleteCache], [deleteCache, db(), bucket]],
    ["only a tag changes (tags are not risk-relevant)", [db()], [db({ after: { ...db().after, tags: { Name: "main", Owner: "platform" } } })]],
    ["only timestamps differ", [db({ after: { ...db().after, latest_restorable_time: "2026-11-21T11:00:00Z" } })], [db({ after: { ...db().after, latest_restorable_time: "2026-11-21T12:34:56Z" } })]],
    ["only the size of an update differs", [db()], [db({ after: { ...db().after, instance_class: "db.r6g.2xlarge" } })]],
    ["no-op, read and drift entries are left out", [db()], [db(), aChange({ action: "no-op" }), aChange({ action: "read", mode: "data", address: "data.aws_ami.base" }), aChange({ action: "delete", drift: true })]],
    ["only the value a sensitive attribute changes to differs", [withPassword("old", SECRET)], [withPassword("old", "another-secret")]],
    ["a deposed object's random key differs", [aChange({ action: "delete", deposed: "a1b2c3d4" })], [aChange({ action: "delete", deposed: "ffee0011" })]],
    ["replacement paths are listed in another order", [aReplace("aws_db_instance", { replacement: { order: "delete-first", paths: [["engine"], ["identifier"]], oldObject: "destroyed" } })], [aReplace("aws_db_instance", { replacement: { order: "delete-first", paths: [["identifier"], ["engine"]], oldObject: "destroyed" } })]],
  ])("same digest when %s", (_name, a, b) => {
    expect(riskDigest(a)).toBe(riskDigest(b));
  });

  it.each<[string, ResourceChange[], ResourceChange[]]>([
    ["a delete is added", [db(), bucket], [db(), bucket, deleteCache]],
    ["an update becomes a replace", [db()], [aReplace("aws_db_instance", { address: "aws_db_instance.main" })]],
    ["a replace is forced by another attribute", [aReplace("aws_db_instance", { replacement: { order: "delete-first", paths: [["engine"]], oldObject: "destroyed" } })], [aReplace("aws_db_instance", { replacement: { order: "delete-first", paths: [["identifier"]], oldObject: "destroyed" } })]],
    ["a replace switches to create_before_destroy", [aReplace("aws_db_instance")], [aReplace("aws_db_instance", {}, "create-first")]],
    ["deletion protection is switched off", [db()], [db({ after: { ...db().after, deletion_protection: false } })]],
    ["backup retention is lowered further", [db({ after: { ...db().after, backup_retention_period: 3 } })], [db({ after: { ...db().after, backup_retention_period: 0 } })]],
    ["a sensitive attribute starts changing", [withPassword(SECRET, SECRET)], [withPassword(SECRET, "rotated")]],
    ["the same address moves from elsewhere", [aChange({ action: "move", previousAddress: "aws_instance.old" })], [aChange({ action: "move", previousAddress: "aws_instance.older" })]],
    ["the same address is in another root", [deleteCache], [{ ...deleteCache, root: "envs/staging" }]],
    ["prevent_destroy is removed", [db()], [db({ lifecycle: { before: { preventDestroy: true }, after: { preventDestroy: false } } })]],
  ])("another digest when %s", (_name, a, b) => {
    expect(riskDigest(a)).not.toBe(riskDigest(b));
  });

  it("never puts a sensitive value into what it hashes", () => {
    const changes = [
      withPassword("old-value", SECRET),
      db({ after: { deletion_protection: SECRET }, afterSensitive: { deletion_protection: true } }),
      db({ address: "aws_db_instance.whole", after: { password: SECRET }, afterSensitive: true }),
    ];
    const exposed = [...riskRecords(changes), ...changes.flatMap(riskAttributes)].join("\n");
    expect(exposed).not.toContain(SECRET);
    expect(exposed).toContain("password (sensitive, changed)");
    expect(exposed).toContain("deletion_protection (sensitive, changed)");
    expect(exposed).toContain("* (sensitive, changed)");
  });

  it("names what made a change risk-relevant", () => {
    const change = db({ after: { ...db().after, deletion_protection: false, skip_final_snapshot: true }, afterUnknown: { backup_retention_period: true } });
    expect(riskAttributes(change)).toEqual(["backup_retention_period=(known after apply)", "deletion_protection=false", "skip_final_snapshot=true"]);
  });
});
