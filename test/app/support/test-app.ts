import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Probot, ProbotOctokit } from "probot";
import { openSqliteAuditStore, type AuditStore } from "../../../src/audit/index.js";
import { createAirlock } from "../../../src/app/index.js";

/** A fresh SQLite audit trail in a temporary directory. */
export async function tempAuditStore(): Promise<AuditStore> {
  return openSqliteAuditStore({ path: path.join(mkdtempSync(path.join(tmpdir(), "airlock-audit-")), "audit.sqlite") });
}

/**
 * A Probot instance running Airlock with retries and throttling off, authenticated by a fixed token, with its
 * own audit trail (a temporary SQLite file unless one is given).
 */
export async function testApp(options: { store?: AuditStore; now?: () => Date; timeoutMs?: number } = {}): Promise<Probot> {
  process.env.APP_SLUG = "airlock-test";
  const TestOctokit = ProbotOctokit.defaults((o: any) => ({ ...o, retry: { enabled: false }, throttle: { enabled: false } }));
  const probot = new Probot({ githubToken: "test", Octokit: TestOctokit, logLevel: "fatal" });
  const store = options.store ?? (await tempAuditStore());
  await probot.load(createAirlock({ ...options, store }), { cwd: process.cwd(), addHandler: () => {} });
  return probot;
}

let delivery = 0;

/** `deliver` sends one webhook to the app and waits for its handlers to finish. */
export async function deliver(probot: Probot, name: string, payload: any): Promise<void> {
  delivery += 1;
  await probot.receive({ id: `delivery-${delivery}`, name: name as any, payload });
}
