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
  const pending: Promise<unknown>[] = [];
  await probot.load(createAirlock({ ...options, store, background: (task) => pending.push(task) }), { cwd: process.cwd(), addHandler: () => {} });
  backgroundWork.set(probot, pending);
  return probot;
}

/** Work each test app goes on with after answering a delivery. */
const backgroundWork = new WeakMap<Probot, Promise<unknown>[]>();

let delivery = 0;

/** `deliver` sends one webhook to the app and waits for its handlers to finish, and for the work they left running. */
export async function deliver(probot: Probot, name: string, payload: any): Promise<void> {
  delivery += 1;
  await probot.receive({ id: `delivery-${delivery}`, name: name as any, payload });
  await settle(probot);
}

/** `settle` waits for the work the app left running after answering its deliveries (label provisioning). */
export async function settle(probot: Probot): Promise<void> {
  const pending = backgroundWork.get(probot) ?? [];
  await Promise.all(pending.splice(0));
}
