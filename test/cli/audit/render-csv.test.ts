import { describe, expect, it } from "vitest";
import { csvCell, renderCsvRow } from "../../../src/cli/audit/render-csv.js";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    [" padded", '" padded"'],
    ["", ""],
  ])("quotes %j as RFC 4180 asks", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=HYPERLINK(\"http://evil\",\"click\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\""],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "\"'\r=1\""],
  ])("neutralises the formula %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("writes numbers as numbers (a negative score is not a formula) and null as empty", () => {
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });
});

describe("renderCsvRow", () => {
  it("joins cells with commas and ends the row with CRLF", () => {
    expect(renderCsvRow([1, "a,b", null, "=x"])).toBe('1,"a,b",,\'=x\r\n');
  });
});
