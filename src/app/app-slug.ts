import type { Probot } from "probot";

/**
 * `appSlugResolver` returns a function that resolves the app's slug once (from `APP_SLUG`, else `GET /app`)
 * and caches it. The slug identifies Airlock's own label events and comments; when it cannot be read, the
 * callers fall back to safe checks (any bot in Airlock's label namespace), so this never fails an evaluation.
 */
export function appSlugResolver(app: Probot): () => Promise<string | undefined> {
  let cached: Promise<string | undefined> | undefined;
  return () => {
    cached ??= (async () => {
      if (process.env.APP_SLUG) return process.env.APP_SLUG;
      try {
        const octokit = await app.auth();
        const { data } = await octokit.rest.apps.getAuthenticated();
        return data?.slug ?? undefined;
      } catch {
        return undefined;
      }
    })();
    return cached;
  };
}
