import { describe, expect, it } from "vitest";
import { listQuerySql } from "../../src/audit/list-query-sql.js";
import { parseInstant } from "../../src/audit/parse-instant.js";

const dollar = (n: number): string => `$${n}`;

describe("listQuerySql", () => {
  it("selects everything in seq order for an empty query", () => {
    expect(listQuerySql({}, () => "?")?.text).toMatch(/FROM audit_records ORDER BY seq$/);
  });

  it("binds every filter as a parameter, in placeholder order", () => {
    const sql = listQuerySql({ repository: "acme/infra", pullNumber: 42, kinds: ["approval", "merge"], since: "2026-11-21", until: "2026-11-22T00:00:00+01:00", afterSeq: 10, limit: 5 }, dollar);
    expect(sql!.text).toContain("WHERE repository = $1 AND pull_number = $2 AND kind IN ($3, $4) AND at_ms >= $5 AND at_ms < $6 AND seq > $7 ORDER BY seq LIMIT $8");
    expect(sql!.values).toEqual(["acme/infra", 42, "approval", "merge", Date.parse("2026-11-21T00:00:00Z"), Date.parse("2026-11-21T23:00:00Z"), 10, 5]);
  });

  it("keeps the newest record per head by a subquery with its own parameters, paging the result", () => {
    const sql = listQuerySql({ repository: "acme/infra", pullNumber: 42, withPlanDigest: true, latestPerHead: true, afterSeq: 3, limit: 2 }, dollar, "postgres");
    expect(sql!.text).toContain(
      "WHERE repository = $1 AND pull_number = $2 AND kind = 'evaluation' AND (event_json::jsonb ->> 'planDigest') <> '' AND head_sha IS NOT NULL AND seq IN (SELECT MAX(seq) FROM audit_records WHERE repository = $3 AND pull_number = $4 AND kind = 'evaluation' AND (event_json::jsonb ->> 'planDigest') <> '' AND head_sha IS NOT NULL GROUP BY head_sha) AND seq > $5 ORDER BY seq LIMIT $6",
    );
    expect(sql!.values).toEqual(["acme/infra", 42, "acme/infra", 42, 3, 2]);
  });

  it("writes the plan-digest condition as the partial index's predicate in each dialect", () => {
    expect(listQuerySql({ withPlanDigest: true }, () => "?")!.text).toContain("WHERE kind = 'evaluation' AND json_extract(event_json, '$.planDigest') <> '' ORDER BY seq");
  });

  it("never puts a value into the SQL text", () => {
    const sql = listQuerySql({ repository: "x/y'; DROP TABLE audit_records; --" }, () => "?");
    expect(sql!.text).not.toContain("DROP");
  });

  it("matches nothing for an empty kinds list", () => {
    expect(listQuerySql({ kinds: [] }, dollar)).toBeNull();
  });

  it.each([
    [{ since: "last week" }, /since is not an ISO 8601/],
    [{ until: "2026-11-21T12:00:00" }, /until is not an ISO 8601/],
    [{ limit: 0 }, /limit must be an integer ≥ 1/],
    [{ afterSeq: -1 }, /afterSeq must be an integer ≥ 0/],
    [{ pullNumber: 1.5 }, /pullNumber must be an integer ≥ 1/],
    [{ kinds: ["deleted" as never] }, /unknown event kind "deleted"/],
  ])("refuses %j", (query, message) => {
    expect(() => listQuerySql(query, dollar)).toThrow(message);
  });
});

describe("parseInstant", () => {
  it.each([
    ["2026-11-21T12:00:00Z", Date.UTC(2026, 10, 21, 12)],
    ["2026-11-21T14:00:00.5+02:00", Date.UTC(2026, 10, 21, 12, 0, 0, 500)],
    ["2026-11-21T12:00Z", Date.UTC(2026, 10, 21, 12)],
  ])("reads %s", (text, ms) => {
    expect(parseInstant(text)).toBe(ms);
  });

  it("reads a calendar date as midnight UTC only when dates are allowed", () => {
    expect(parseInstant("2026-11-21", { allowDate: true })).toBe(Date.UTC(2026, 10, 21));
    expect(parseInstant("2026-11-21")).toBeNaN();
  });

  it.each(["2026-02-30", "2026-02-29T00:00:00Z", "2026-11-21T12:00:00", "2026-11-21 12:00:00Z", "2026-11-21T25:00:00Z", "1732190400000", ""])("refuses %j", (text) => {
    expect(parseInstant(text, { allowDate: true })).toBeNaN();
  });

  it("accepts a real leap day", () => {
    expect(parseInstant("2028-02-29", { allowDate: true })).toBe(Date.UTC(2028, 1, 29));
  });
});
