/**
 * The app under test of a load test, in its own Node process (forked by `startAppProcess` with
 * `--import tsx --expose-gc`, optionally `--cpu-prof`): it serves Airlock or the minimal app over HTTP on
 * 127.0.0.1 (serve-app.ts) with GitHub at the URL it is given, and answers the load test's requests over the
 * IPC channel. Everything measured about the app is measured here, where it runs: memory samples after a
 * forced GC, the CPU time the process has used, the per-PR locks it left held, the audit trail's hash chain; the audit trail itself (a SQLite
 * file in a temporary directory, or in memory) lives here too and is deleted at `finish`.
 */
import { writeHeapSnapshot } from "node:v8";
import type { ApplicationFunction } from "probot";
import { createAirlock } from "../../src/app/index.js";
import type { AuditStore } from "../../src/audit/index.js";
import type { AppFinish, AppRequest, AppResponse, AppStart } from "./app-protocol.js";
import { benchAuditStore } from "./audit-store.js";
import { probeKeyedLocks } from "./lock-probe.js";
import { sampleMemory } from "./memory-trend.js";
import { minimalApp } from "./minimal-app.js";
import { serveApp, type ServedApp } from "./serve-app.js";

let served: ServedApp | undefined;
let audit: ReturnType<typeof benchAuditStore> | undefined;
const probe = probeKeyedLocks();

async function start(options: AppStart): Promise<{ webhookUrl: string }> {
  audit = options.target === "airlock" ? benchAuditStore(options.audit) : undefined;
  const app: ApplicationFunction = audit ? createAirlock({ store: audit.store }) : minimalApp;
  served = await serveApp(app, options.secret, options.githubUrl);
  return { webhookUrl: served.webhookUrl };
}

async function finish(): Promise<AppFinish> {
  const auditChain = audit ? await verifyChain(audit.store) : undefined;
  await served?.close();
  await audit?.dispose();
  return { ...(auditChain ? { auditChain } : {}), locks: { seen: probe.locks(), heldKeys: probe.heldKeys() } };
}

async function verifyChain(store: AuditStore): Promise<NonNullable<AppFinish["auditChain"]>> {
  const result = await store.verify();
  return result.ok ? { ok: true, records: result.records, detail: "chain intact" } : { ok: false, records: result.seq, detail: `broken at seq ${result.seq}: ${result.reason}` };
}

async function handle(request: AppRequest): Promise<unknown> {
  switch (request.op) {
    case "start":
      return start(request.options);
    case "sample":
      return sampleMemory(request.deliveries);
    case "cpu": {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
    case "heapSnapshot":
      return writeHeapSnapshot(request.path);
    case "finish":
      return finish();
  }
}

process.on("message", (request: AppRequest) => {
  void handle(request).then(
    (value) => reply({ id: request.id, ok: true, value }, request.op === "finish"),
    (error: unknown) => reply({ id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, request.op === "finish"),
  );
});

function reply(response: AppResponse, last: boolean): void {
  process.send!(response, undefined, undefined, () => {
    if (last) process.exit(0);
  });
}
