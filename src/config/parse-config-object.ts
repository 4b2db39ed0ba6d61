import { boundedMemo } from "./bounded-memo.js";
import { jsonKey } from "./json-key.js";
import { validateConfigValue, type ParseConfigResult } from "./validate-config-value.js";

/** Distinct configs whose results are remembered (one per repository or organisation in use, roughly). */
const REMEMBERED = 64;
const memo = boundedMemo<ParseConfigResult>(REMEMBERED);

/**
 * `parseConfigObject` validates a config that is already parsed, such as the object Probot's config loader
 * returns after following `_extends` and merging the organization's `.github` repository. It runs the shape
 * and semantic stages of `parseConfig`; diagnostics have key paths but no line numbers. `null` or
 * `undefined` (no config file anywhere) gives the defaults. Each call returns a fresh result the caller may
 * change; the same plain JSON value (by content) from the same source is validated once and then copied from
 * a bounded memo, so an evaluation does not re-validate the unchanged config of its repository.
 */
export function parseConfigObject(params: { value: unknown; source: string }): ParseConfigResult {
  const key = jsonKey(params.value ?? null);
  const compute = () => validateConfigValue({ value: params.value, source: params.source });
  return key === undefined ? compute() : structuredClone(memo.get(`${params.source}\u0000${key}`, compute));
}
