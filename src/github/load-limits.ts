import { GITHUB_MAX_COMMITS } from "./list-pull-request-commits.js";
import { GITHUB_MAX_FILES } from "./list-pull-request-files.js";

/** Caps on what loadSnapshot reads; every one has a default. */
export interface LoadLimits {
  /** Changed files listed (GitHub lists at most 3,000). */
  maxFiles: number;
  /** Commits listed (GitHub lists at most 250). */
  maxCommits: number;
  /** Reviews listed. */
  maxReviews: number;
  /** Largest blob whose text is used, in bytes (default 1 MiB). */
  maxBlobBytes: number;
  /** Blobs per GraphQL query (default 200: the base and head of 100 files). */
  objectsPerQuery: number;
  /** Members read per team. */
  maxTeamMembers: number;
}

/** The default limits. */
export const DEFAULT_LOAD_LIMITS: Readonly<LoadLimits> = {
  maxFiles: GITHUB_MAX_FILES,
  maxCommits: GITHUB_MAX_COMMITS,
  maxReviews: 1000,
  maxBlobBytes: 1024 * 1024,
  objectsPerQuery: 400,
  maxTeamMembers: 5000,
};

/** `resolveLimits` fills the defaults in; values above GitHub's own caps are clamped to them. */
export function resolveLimits(limits: Partial<LoadLimits> | undefined): LoadLimits {
  const merged = { ...DEFAULT_LOAD_LIMITS, ...stripUndefined(limits ?? {}) };
  return {
    ...merged,
    maxFiles: Math.min(merged.maxFiles, GITHUB_MAX_FILES),
    maxCommits: Math.min(merged.maxCommits, GITHUB_MAX_COMMITS),
  };
}

function stripUndefined(limits: Partial<LoadLimits>): Partial<LoadLimits> {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => typeof v === "number" && Number.isFinite(v) && v > 0));
}
