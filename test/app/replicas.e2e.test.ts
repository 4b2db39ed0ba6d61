import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Probot } from "probot";
import { openPostgresAuditStore, type AuditStore } from "../../src/audit/index.js";
import { fakeGitHub, initialState, pullRequestEvent, review } from "./support/fake-github.js";
import { deliver, testApp } from "./support/test-app.js";

// Two app instances (two replicas behind a load balancer) sharing one real Postgres: the per-PR lock, the
// check-run and comment upserts and the audit dedupe must yield one check run, one comment and one audit
// record per decision. Needs TEST_DATABASE_URL (scripts/postgres.sh start); under CI=true its absence fails.
const url = process.env["TEST_DATABASE_URL"];
const NO_PLAN = "plans:\n  require:\n    tiers: []\n    environmentTiers: []\n";

if (url) {
  describe("two replicas sharing Postgres", () => {
    const schema = `airlock_replicas_${process.pid}`;
    let stores: AuditStore[] = [];
    let replicas: Probot[] = [];

    beforeAll(async () => {
      stores = await Promise.all([openPostgresAuditStore({ connectionString: url, schema }), openPostgresAuditStore({ connectionString: url, schema })]);
      replicas = await Promise.all(stores.map((store) => testApp({ store })));
    });
    afterAll(async () => {
      await Promise.all(stores.map((s) => s.close()));
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    });

    it("the same delivery received by both replicas at once gives one check run, one comment, one audit record", async () => {
      const state = initialState({
        config: NO_PLAN,
        files: [{ filename: "envs/prod/db.tf", status: "removed", base: 'resource "aws_db_instance" "main" {\n  engine = "postgres"\n}\n', head: null }],
      });
      const github = fakeGitHub(state);
      try {
        const payload = { ...pullRequestEvent("opened"), pull_request: state.pr };
        await Promise.all(replicas.map((probot) => deliver(probot, "pull_request", payload)));
        expect(state.checkRuns).toHaveLength(1);
        expect(state.comments).toHaveLength(1);
        expect(await stores[0]!.list({ kinds: ["evaluation"] })).toHaveLength(1);

        state.reviews = [review("carol", "APPROVED")];
        state.permissions = { carol: "write" };
        await Promise.all([deliver(replicas[0]!, "pull_request", payload), deliver(replicas[1]!, "pull_request", payload), deliver(replicas[0]!, "pull_request", payload)]);
        expect(state.checkRuns).toHaveLength(1);
        expect(state.comments).toHaveLength(1);
        const evaluations = await stores[1]!.list({ kinds: ["evaluation"] });
        expect(evaluations).toHaveLength(2);
        expect((await stores[1]!.verify()).ok).toBe(true);
      } finally {
        github.stop();
      }
    });
  });
} else {
  describe("two replicas sharing Postgres", () => {
    it.runIf(process.env["CI"] === "true")("needs TEST_DATABASE_URL in CI", () => {
      throw new Error("TEST_DATABASE_URL is not set: .ci/run must start Postgres (scripts/postgres.sh start)");
    });
  });
}
