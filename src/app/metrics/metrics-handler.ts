import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "prom-client";

/**
 * `metricsHandler` returns a Probot `addHandler` handler that answers `GET /metrics` (and HEAD) with the
 * registry in the Prometheus text format and the registry's content type; other methods on `/metrics` get
 * 405, other paths fall through (false). A failing collector gives 500 with a short message.
 */
export function metricsHandler(registry: Registry): (req: IncomingMessage, res: ServerResponse) => Promise<boolean> {
  return async (req, res) => {
    if (req.url?.split("?")[0] !== "/metrics") return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed: use GET.\n");
      return true;
    }
    try {
      const body = await registry.metrics();
      res.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" }).end(body);
    } catch {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end("Metrics could not be collected.\n");
    }
    return true;
  };
}
