import type { z } from "zod";
import { GitHubError } from "./github-error.js";
import type { CallSite } from "./to-github-error.js";

/**
 * `parseResponse` validates a response body against `schema` and returns the parsed value, or throws a
 * GitHubError "verb noun: status unexpected response: <path>: <problem>" naming the endpoint. Response values
 * are never quoted (a body may hold file contents), only the location and kind of the mismatch.
 */
export function parseResponse<T>(schema: z.ZodType<T>, data: unknown, site: CallSite & { status: number }): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first] = result.error.issues;
  const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : "";
  const where = first && first.path.length > 0 ? `${first.path.map(String).join(".")}: ` : "";
  return failUnexpected(site, `${where}${first?.message ?? "invalid"}${more}`);
}

function failUnexpected(site: CallSite & { status: number }, problem: string): never {
  throw new GitHubError({ action: site.action, endpoint: site.endpoint, status: site.status, detail: `unexpected response: ${problem}` });
}
