import type { IncomingMessage } from "node:http";

/**
 * `requestToken` returns the token a request presents: the `Authorization: Bearer <token>` header (scheme
 * case-insensitive) when present, else the `token` query parameter, else undefined.
 */
export function requestToken(req: IncomingMessage, url: URL): string | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
    return match?.[1];
  }
  return url.searchParams.get("token") ?? undefined;
}
