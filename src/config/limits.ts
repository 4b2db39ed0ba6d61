/**
 * `CONFIG_LIMITS` bounds what a config file may ask of Airlock, so a hostile or careless file cannot make the
 * gate slow: the text size, YAML alias expansion, how many globs there are and how complex each one may be.
 * Glob complexity is bounded because picomatch compiles globs to regular expressions that run against file
 * paths an agent chooses: three `*` in one folder name, or two folder names with two `*` each, already
 * take seconds on a crafted path of a few thousand characters.
 */
export const CONFIG_LIMITS = {
  /** Largest config text accepted, in UTF-8 bytes (256 KiB). */
  maxBytes: 256 * 1024,
  /** Most alias expansions the YAML parser performs (defeats "billion laughs" documents). */
  maxAliasCount: 100,
  /** Most globs in the whole file (environment paths and tamper paths together). */
  maxGlobs: 200,
  /** Longest glob, in characters. */
  maxGlobLength: 256,
  /** Most `**` folders in one glob. */
  maxGlobstars: 2,
  /** Most `*` in one folder name of a glob. */
  maxStarsPerSegment: 2,
  /** Most `*` and `**` in one glob. */
  maxStars: 4,
  /** Most `{…}` groups in one glob, and how deep they may nest. */
  maxBraceGroups: 4,
  maxBraceDepth: 2,
  /** Most approvals any count may require. */
  maxApprovals: 10,
  /** Most entries in `scoring.weights` and in `scoring.catalogue`. */
  maxScoringEntries: 200,
  /** Most diagnostics reported for one file; the rest are summed up in a last line. */
  maxDiagnostics: 50,
} as const;
