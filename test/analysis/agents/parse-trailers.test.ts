import { describe, expect, it } from "vitest";
import { parseTrailers } from "../../../src/analysis/agents/index.js";

describe("parseTrailers", () => {
  it.each([
    {
      name: "reads the last paragraph with case-insensitive keys",
      message: "Subject\n\nBody text.\n\nCo-Authored-By: Claude <noreply@anthropic.com>\nSigned-off-by: A <a@x>",
      expected: [
        ["co-authored-by", "Claude <noreply@anthropic.com>"],
        ["signed-off-by", "A <a@x>"],
      ],
    },
    {
      name: "handles CRLF and trailing blank lines",
      message: "Subject\r\n\r\nAmp-Thread-ID: https://ampcode.com/threads/T-1\r\n\r\n\r\n",
      expected: [["amp-thread-id", "https://ampcode.com/threads/T-1"]],
    },
    {
      name: "ignores key-value lines in an earlier paragraph",
      message: "Subject\n\nCo-authored-by: Amp <amp@ampcode.com>\n\nJust prose at the end.",
      expected: [],
    },
    { name: "has no block in a subject-only message", message: "Co-authored-by: Amp <amp@ampcode.com>", expected: [] },
    {
      name: "joins continuation lines",
      message: "Subject\n\nNote: first part\n  second part",
      expected: [["note", "first part second part"]],
    },
    {
      name: "accepts a block mixing prose with enough trailers",
      message: "Subject\n\n🤖 Generated with [Devin](https://devin.ai)\nCo-Authored-By: Devin <158243242+devin-ai-integration[bot]@users.noreply.github.com>",
      expected: [["co-authored-by", "Devin <158243242+devin-ai-integration[bot]@users.noreply.github.com>"]],
    },
    {
      name: "rejects a prose paragraph with one colon line",
      message: "Subject\n\nThis paragraph explains.\nIt goes on.\nAnd on.\nAnd on again.\nFinally: a colon.",
      expected: [],
    },
    {
      name: "rejects keys with spaces",
      message: "Subject\n\nSee also: this",
      expected: [],
    },
  ])("$name", ({ message, expected }) => {
    expect(parseTrailers(message).map((t) => [t.key, t.value])).toEqual(expected);
  });

  it("keeps the key as written for quoting", () => {
    expect(parseTrailers("S\n\nAgent-Logs-Url: u")[0]).toMatchObject({ key: "agent-logs-url", rawKey: "Agent-Logs-Url" });
  });
});
