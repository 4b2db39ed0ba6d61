import type { IncomingMessage, ServerResponse } from "node:http";
import { renderDashboard, summarizeAudit, utcDays } from "../../report/dashboard/index.js";
import type { AuditReader } from "./audit-reader.js";
import { readWindow } from "./read-window.js";
import { requestToken } from "./request-token.js";
import { tokensMatch } from "./tokens-match.js";

/** Days of history read before the window, to date the first evaluation of heads opened inside it. */
const LOOKBACK_DAYS = 7;
/** Upper bound on records read per request. */
const MAX_RECORDS = 200_000;

const SECURITY_HEADERS = {
  "cache-control": "no-store",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
} as const;

/** What the dashboard routes need. `token` is `AIRLOCK_DASHBOARD_TOKEN`; unset or blank disables them. */
export interface DashboardDeps {
  reader: AuditReader;
  token: string | undefined;
  now: () => Date;
  /** Window length in UTC days; default 30. */
  days?: number;
  /** Where read failures are reported (Probot's logger fits). */
  log?: { warn(obj: object, msg?: string): void; error(obj: object, msg?: string): void };
}

/**
 * `dashboardHandler` returns a Probot `addHandler` handler for `GET /dashboard` (HTML page) and
 * `GET /dashboard.json` (the `DashboardSummary`); other paths fall through (false). Never open by default:
 * with no token configured both answer 404 saying how to enable them; a request without the token
 * (`Authorization: Bearer <token>` or `?token=`, compared in constant time) gets 401; methods other
 * than GET and HEAD get 405; an unreadable audit trail gets 503.
 */
export function dashboardHandler(deps: DashboardDeps): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  const days = deps.days ?? 30;
  const token = deps.token?.trim() ?? "";
  return async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const format = url.pathname === "/dashboard" ? "html" : url.pathname === "/dashboard.json" ? "json" : undefined;
    if (format === undefined) return false;
    if (req.method !== "GET" && req.method !== "HEAD") return text(res, 405, "Method not allowed: use GET.", { allow: "GET, HEAD" });
    if (token === "") return text(res, 404, "The Airlock dashboard is disabled: set AIRLOCK_DASHBOARD_TOKEN to enable it.");
    const presented = requestToken(req, url);
    if (presented === undefined || !tokensMatch(presented, token)) {
      return text(res, 401, "Unauthorized: send Authorization: Bearer <token> or ?token=<token>.", { "www-authenticate": 'Bearer realm="airlock-dashboard"' });
    }
    const now = deps.now();
    const since = new Date(utcDays(now, days).startMs - LOOKBACK_DAYS * 86_400_000).toISOString();
    let read: Awaited<ReturnType<typeof readWindow>>;
    try {
      read = await readWindow(deps.reader, since, MAX_RECORDS);
    } catch (error) {
      deps.log?.error({ err: error }, "dashboard: reading the audit trail failed");
      return text(res, 503, "The audit trail could not be read; try again later.");
    }
    if (read.truncated) deps.log?.warn({ since, records: read.records.length }, "dashboard: audit trail truncated");
    const summary = summarizeAudit(read.records, { now, days });
    const body = format === "html" ? renderDashboard(summary) : JSON.stringify(summary);
    const type = format === "html" ? "text/html; charset=utf-8" : "application/json; charset=utf-8";
    res.writeHead(200, { ...SECURITY_HEADERS, "content-type": type, ...(read.truncated ? { "x-airlock-truncated": "true" } : {}) }).end(body);
    return true;
  };
}

function text(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): true {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers, "content-type": "text/plain; charset=utf-8" }).end(`${message}\n`);
  return true;
}
