import type { IncomingMessage, ServerResponse } from "node:http";

/** `healthHandler` answers `GET /healthz` with 200 and a small JSON body; other requests fall through. */
export function healthHandler(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" || req.url?.split("?")[0] !== "/healthz") return false;
  res.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
  return true;
}
