import { describe, expect, it } from "vitest";
import { markdownFindings, neutralize } from "./support/markdown-safety.js";

/** The markdown fuzz properties are only as good as this reader: it must see what GitHub would render live. */
describe("markdownFindings", () => {
  const problems = (markdown: string) => markdownFindings(markdown).map((f) => f.problem);

  it.each([
    ["a mention", "Approved by @alice", "@mention"],
    ["a team mention", "- reviewed by @acme/platform", "@mention"],
    ["a mention written as a character reference", "hi &#64;alice", "@mention"],
    ["a script tag", "x <script>alert(1)</script>", "<script"],
    ["a javascript link", "[click](javascript:alert(1))", "](javascript:"],
    ["an image", "![x](https://evil.example/a.png)", "link or image"],
    ["another tag", "<img src=x onerror=alert(1)>", "raw HTML tag"],
    ["an autolink", "see <https://evil.example>", "autolink"],
    ["a code span left open", "- `@alice", "@mention"],
    ["a mention after a closed code span", "`x` @alice", "@mention"],
    ["a mention after a fence of other length", "``x` @alice", "@mention"],
  ])("flags %s", (_name, markdown, problem) => {
    expect(problems(markdown)).toContain(problem);
  });

  it("flags a table row with an unescaped pipe from a value", () => {
    const table = ["| | Action | Address |", "|---|---|---|", "| `+` | create | `a` | b |"].join("\n");
    expect(problems(table)).toEqual(["table row with 4 cells in a 3-column table"]);
  });

  it("flags a short row unless the text was cut right after it", () => {
    const rows = ["| a | b |", "|---|---|", "| x |"];
    expect(problems(rows.join("\n"))).toEqual(["table row with 1 cells in a 2-column table"]);
    expect(problems([...rows, "", "…(cut to fit)"].join("\n"))).toEqual([]);
  });

  it("flags a carriage return", () => {
    expect(problems("a\rb")).toContain("carriage return (a line break markdown honours)");
  });

  it.each([
    ["a mention in a code span", "Approved by `@alice`"],
    ["HTML in a code span with a longer fence", "`` <script>`x` ``"],
    ["escaped markup", "\\[x\\]\\(javascript:alert(1)\\) @\u200balice &lt;script&gt;"],
    ["an escaped pipe inside a code span in a table", "| a | b |\n|---|---|\n| `x\\|y` | `z` |"],
    ["Airlock's own tags", "<!-- airlock:summary -->\n<details><summary>What</summary>\n\n</details>\n<sub>Evaluated</sub>"],
    ["a fenced block", "```json\n{\"a\": \"@alice <script>\"}\n```"],
  ])("passes %s", (_name, markdown) => {
    expect(problems(markdown)).toEqual([]);
  });

  it("treats a fence as open until a closing fence of the same kind and length", () => {
    expect(problems("````\n```\n@alice\n````\nafter")).toEqual([]);
    expect(problems("```\n@alice\n```\n@bob")).toEqual(["@mention"]);
  });
});

describe("neutralize", () => {
  it("replaces code spans and escapes, keeping the live text", () => {
    expect(neutralize("a `b` \\* c ``d`e`` `f")).toBe("a \u0002 \u0001 c \u0002 `f");
  });
});
