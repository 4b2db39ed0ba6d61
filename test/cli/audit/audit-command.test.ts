import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteAuditStore } from "../../../src/audit/sqlite-audit-store.js";
import { runAuditCommand } from "../../../src/cli/audit-command.js";
import type { AuditEvent, AuditRecord } from "../../../src/model/audit-event.js";
import { aMerge, anApproval, anEvaluation, anOverride } from "../../audit/support/audit-events.js";

let dir = "";
let file = "";

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "airlock-audit-cli-"));
  file = path.join(dir, "audit.sqlite");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function seed(events: AuditEvent[]): Promise<AuditRecord[]> {
  const store = openSqliteAuditStore({ path: file });
  for (const event of events) await store.append(event);
  const records = await store.list({});
  await store.close();
  return records;
}

async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runAuditCommand(argv, { out: (s) => (out += s), err: (s) => (err += s) }, env, { cwd: dir });
  return { code, out, err };
}

const history = (): AuditEvent[] => [
  anEvaluation({ at: "2026-11-20T09:00:00Z", pullNumber: 41 }),
  anEvaluation(),
  anApproval(),
  anOverride({ reason: '=HYPERLINK("https://evil.example","details")' }),
  anEvaluation({ repository: "acme/web", pullNumber: 3, at: "2026-11-21T15:00:00Z" }),
  aMerge({ at: "2026-11-22T08:00:00Z" }),
];

describe("airlock audit export", () => {
  it("writes one AuditRecord per line as JSON, from --since (inclusive) to --until (exclusive)", async () => {
    const records = await seed(history());
    const { code, out, err } = await run(["export", "--since", "2026-11-21", "--until", "2026-11-22", "--database", file]);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const lines = out.trimEnd().split("\n").map((line) => JSON.parse(line) as AuditRecord);
    expect(lines).toEqual(records.slice(1, 5));
  });

  it("filters by repository", async () => {
    await seed(history());
    const { out } = await run(["export", "--since", "2026-11-01", "--repository", "acme/web", "--database", file]);
    expect(out.trimEnd().split("\n").map((line) => (JSON.parse(line) as AuditRecord).seq)).toEqual([5]);
  });

  it("writes spreadsheet-safe CSV: a header, quoted fields and neutralised formulas", async () => {
    await seed(history());
    const { code, out } = await run(["export", "--since", "2026-11-21T12:30:00Z", "--until", "2026-11-21T13:00:00Z", "--format", "csv", "--database", file]);
    expect(code).toBe(0);
    const rows = out.split("\r\n");
    expect(rows[0]).toBe("seq,at,kind,repository,pull_number,head_sha,delivery_id,agent,actor,destructiveness_score,destructiveness_tier,blast_radius_score,blast_radius_tier,conclusion,detail,hash");
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^3,2026-11-21T12:30:00Z,approval,acme\/infra,42,/);
    expect(rows[2]).toContain(',"reason: =HYPERLINK(""https://evil.example"",""details""); teams acme/sre",');
    expect(rows[3]).toBe("");
  });

  it("reads the store named by the environment when --database is absent", async () => {
    await seed(history());
    const { code, out } = await run(["export", "--since", "2026-11-22"], { AIRLOCK_DB_PATH: "audit.sqlite" });
    expect(code).toBe(0);
    expect((JSON.parse(out) as AuditRecord).event.kind).toBe("merge");
  });
});

describe("airlock audit verify", () => {
  it("exits 0 and prints the count and head of an intact chain", async () => {
    const records = await seed(history());
    const { code, out } = await run(["verify", "--database", file]);
    expect(code).toBe(0);
    expect(out).toBe(`6 records, chain intact\nhead: seq 6 hash ${records[5]!.hash}\n`);
  });

  it("exits 1 and names the seq of a record edited in the database", async () => {
    await seed(history());
    const db = new Database(file);
    db.exec("DROP TRIGGER audit_records_no_update; UPDATE audit_records SET event_json = replace(event_json, 'carol', 'mallory') WHERE seq = 3");
    db.close();
    const { code, out } = await run(["verify", "--database", file]);
    expect(code).toBe(1);
    expect(out).toMatch(/^audit chain broken at seq 3: hash mismatch/);
  });
});

describe("airlock audit show", () => {
  it("prints one PR's history with the revert command", async () => {
    await seed(history());
    const { code, out } = await run(["show", "acme/infra#42", "--database", file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^acme\/infra#42: 4 audit records\n/);
    expect(out).toContain("#2  2026-11-21T12:00:00Z  evaluation");
    expect(out).toContain("scores:   destructiveness 95 (critical), blast radius 60 (high)");
    expect(out).toContain("approved by carol (acme/platform)");
    expect(out).toContain("gate overridden by dave (acme/sre)");
    expect(out).toContain("revert:   git revert -m 1 9f8e7d6c5b4a39281706f5e4d3c2b1a098765432");
    expect(out).not.toContain("acme/web");
  });
});

describe("airlock audit usage errors", () => {
  it.each([
    [["export", "--since", "21/11/2026"], /--since must be a date/],
    [["export", "--since", "2026-02-30"], /--since must be a date/],
    [["export"], /export needs --since DATE/],
    [["export", "--since", "2026-11-22", "--until", "2026-11-21"], /--until must be later than --since/],
    [["export", "--since", "2026-11-21", "--format", "xlsx"], /unknown --format xlsx/],
    [["export", "--since", "2026-11-21", "--repository", "infra"], /--repository must be owner\/repo/],
    [["show", "acme/infra"], /not a pull request reference/],
    [["show"], /show needs exactly one pull request/],
    [["verify", "--force"], /Unknown option '--force'/],
    [["purge"], /unknown audit command: purge/],
    [[], /missing audit command/],
  ])("exits 2 for %j", async (argv, message) => {
    await seed([anApproval()]);
    const { code, out, err } = await run(argv.length === 0 ? [] : [...argv, "--database", file]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).toContain("Usage: airlock audit");
  });

  it("exits 2 without creating anything when the database file does not exist", async () => {
    const missing = path.join(dir, "typo.sqlite");
    const { code, err } = await run(["verify", "--database", missing]);
    expect(code).toBe(2);
    expect(err).toBe(`airlock audit: open audit store: sqlite ${missing}: no database file there\n`);
    expect(existsSync(missing)).toBe(false);
  });

  it("exits 2 without showing the password when Postgres cannot be reached", async () => {
    const { code, err } = await run(["verify"], { DATABASE_URL: "postgres://airlock:hunter2@127.0.0.1:1/airlock" });
    expect(code).toBe(2);
    expect(err).toMatch(/^airlock audit: open audit store: postgres postgres:\/\/airlock:\*\*\*@127\.0\.0\.1:1\/airlock: /);
    expect(err).not.toContain("hunter2");
  });

  it("prints help with exit 0 when asked", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toContain("airlock audit <command>");
  });
});
