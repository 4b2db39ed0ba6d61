/**
 * What an artifact zip may hold before it is refused unread. Every limit is checked against the sizes the zip
 * declares, before anything is inflated, so a refused artifact costs no memory.
 */
export interface ArtifactLimits {
  /** Entries in the zip, directories included. */
  maxEntries: number;
  /** Declared uncompressed size of one entry (the config's `plans.maxPlanBytes`). */
  maxEntryBytes: number;
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Largest uncompressed:compressed ratio of one entry; plan JSON compresses about 10–30:1. */
  maxRatio: number;
  /** Entries declaring at most this many bytes are exempt from the ratio check (small files compress well and cannot bomb). */
  ratioFloorBytes: number;
}

/** Entries one artifact may hold. */
export const MAX_ARTIFACT_ENTRIES = 200;

/** Largest uncompressed:compressed ratio accepted for an entry. */
export const MAX_COMPRESSION_RATIO = 200;

/**
 * `artifactLimits` derives the limits from the config's `plans.maxPlanBytes`: one entry may be that large, all
 * entries together twice that, 200 entries, a 200:1 compression ratio for entries over 1 MiB.
 */
export function artifactLimits(maxPlanBytes: number): ArtifactLimits {
  return {
    maxEntries: MAX_ARTIFACT_ENTRIES,
    maxEntryBytes: maxPlanBytes,
    maxTotalBytes: maxPlanBytes * 2,
    maxRatio: MAX_COMPRESSION_RATIO,
    ratioFloorBytes: 1024 * 1024,
  };
}
