import { validateConfigValue, type ParseConfigResult } from "./validate-config-value.js";

/**
 * `parseConfigObject` validates a config that is already parsed, such as the object Probot's config loader
 * returns after following `_extends` and merging the organization's `.github` repository. It runs the shape
 * and semantic stages of `parseConfig`; diagnostics have key paths but no line numbers. `null` or
 * `undefined` (no config file anywhere) gives the defaults.
 */
export function parseConfigObject(params: { value: unknown; source: string }): ParseConfigResult {
  return validateConfigValue({ value: params.value, source: params.source });
}
