/**
 * `GLOB_LIMITS` bound what globs may ask of the matcher. picomatch compiles a glob to a regular expression
 * that runs against paths an agent chooses, and a few `*` in one folder name already take seconds on a
 * crafted path, so globs and matched paths are both bounded. The glob limits equal the config's, so a
 * glob the config accepts is never refused here.
 */
export const GLOB_LIMITS = {
  /** Most globs compiled in one call; the rest are reported and not used. */
  maxGlobs: 200,
  /** Longest glob, in characters. */
  maxLength: 256,
  /** Most `**` folders in one glob. */
  maxGlobstars: 2,
  /** Most `*` in one folder name. */
  maxStarsPerSegment: 2,
  /** Most `*` and `**` in one glob. */
  maxStars: 4,
  /** Most `{…}` groups in one glob, and how deep they may nest. */
  maxBraceGroups: 4,
  maxBraceDepth: 2,
  /** Longest path matched against globs; longer paths are reported instead of matched. */
  maxPathLength: 512,
} as const;
