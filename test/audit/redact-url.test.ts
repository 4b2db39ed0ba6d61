import { describe, expect, it } from "vitest";
import { redactUrl } from "../../src/audit/redact-url.js";

describe("redactUrl", () => {
  it.each([
    ["postgres://airlock:s3cr%40t@db.internal:5432/airlock", "postgres://airlock:***@db.internal:5432/airlock"],
    ["connect to postgresql://u:p@h/db failed", "connect to postgresql://u:***@h/db failed"],
    ["postgres://h/db?sslmode=require&password=hunter2", "postgres://h/db?sslmode=require&password=***"],
    ["host=h user=u password=hunter2 dbname=d", "host=h user=u password=*** dbname=d"],
    ["postgres://u:p@ss@h/db", "postgres://u:***@h/db"],
  ])("hides the password in %s", (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });

  it("leaves URLs without a password alone", () => {
    expect(redactUrl("postgres://postgres@127.0.0.1:54329/airlock_test")).toBe("postgres://postgres@127.0.0.1:54329/airlock_test");
    expect(redactUrl("see https://example.com:8080/a@b")).toBe("see https://example.com:8080/a@b");
  });
});
