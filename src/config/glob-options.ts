/**
 * `GLOB_OPTIONS` are the picomatch options config globs are validated with; match file paths with the same
 * options so a glob means the same thing everywhere. `dot` lets `**` and `*` match dot-folders such as
 * `.github/` and `.cursor/`. Matching is case-sensitive, as git paths are.
 */
export const GLOB_OPTIONS = { dot: true } as const;
