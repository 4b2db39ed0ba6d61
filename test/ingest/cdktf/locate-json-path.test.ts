import { describe, expect, it } from "vitest";
import { locateJsonPath } from "../../../src/ingest/cdktf/locate-json-path.js";

describe("locateJsonPath", () => {
  const text = '{"a": {"b\\"": [1, {"c": "x}]"}, [2]], "d": true}, "e": "}", "f": {"g": null}}';

  it.each([
    [[], 0],
    [["a"], text.indexOf('{"b')],
    [["a", 'b"'], text.indexOf("[1")],
    [["a", 'b"', 1, "c"], text.indexOf('"x}]"')],
    [["a", 'b"', 2, 0], text.indexOf("2]")],
    [["a", "d"], text.indexOf("true")],
    [["f", "g"], text.indexOf("null")],
  ] as [(string | number)[], number][])("finds %j", (path, offset) => {
    expect(locateJsonPath(text, path)).toBe(offset);
  });

  it.each([[["x"]], [["a", 0]], [["a", 'b"', 3]], [["e", "x"]], [["a", "d", "z"]]] as [(string | number)[]][])("returns undefined for the absent %j", (path) => {
    expect(locateJsonPath(text, path)).toBeUndefined();
  });
});
