import { describe, expect, it } from "vitest";
import { codeSpan, escapeMarkdown } from "../../src/report/markdown/escape-markdown.js";

describe("escapeMarkdown", () => {
  it.each([
    ["an @mention does not notify", "ping @octocat", (out: string) => expect(out).not.toMatch(/@octocat/)],
    ["a team mention does not notify", "@acme/platform", (out: string) => expect(out).not.toMatch(/@acme/)],
    ["HTML is inert", '<img src=x onerror="alert(1)">', (out: string) => expect(out).not.toMatch(/<img/)],
    ["a table cell cannot be broken", "a | b", (out: string) => expect(out).not.toContain("|")],
    ["a link cannot be formed", "[click](https://evil.example)", (out: string) => expect(out).not.toMatch(/(^|[^\\])\]\(/)],
    ["new lines cannot start a heading", "x\n# Approved", (out: string) => expect(out).not.toContain("\n")],
    ["emphasis is escaped", "**bold**", (out: string) => expect(out).not.toMatch(/(^|[^\\])\*\*/)],
    ["an issue reference does not link", "fixes #12", (out: string) => expect(out).not.toContain("#12")],
    ["a URL does not autolink", "see https://evil.example/x", (out: string) => expect(out).not.toContain("https://")],
    ["a value cannot start a list", "1. approved", (out: string) => expect(out.startsWith("\\1.")).toBe(true)],
  ])("%s", (_name, input, check) => {
    check(escapeMarkdown(input));
  });

  it("keeps ordinary addresses readable once rendered", () => {
    expect(escapeMarkdown("aws_db_instance.main")).toBe("aws\\_db\\_instance.main");
    expect(escapeMarkdown("approvals.byTier.high: expected a number")).toBe("approvals.byTier.high: expected a number");
  });
});

describe("codeSpan", () => {
  it("uses a fence longer than any backtick run inside", () => {
    expect(codeSpan("a``b")).toBe("```a``b```");
  });
  it("pads values that start with a backtick", () => {
    expect(codeSpan("`x")).toBe("`` `x ``");
  });
  it("cannot be escaped with a new line", () => {
    expect(codeSpan("a\n| b")).not.toContain("\n");
  });
});

describe("escapeMarkdown fast path", () => {
  it("returns text that no rule changes as it is, and still escapes a rule's single trigger", () => {
    for (const plain of ["awsdbinstance.main", "envs/prod/svc101/main.tf", "t3.large", "", "  spaced out "]) expect(escapeMarkdown(plain)).toBe(plain);
    expect(escapeMarkdown("see https://x")).toBe("see https&#58;//x");
    expect(escapeMarkdown("ping @alice")).toBe("ping @\u200balice");
    expect(escapeMarkdown("WWW.example")).toBe("WWW&#46;example");
    expect(escapeMarkdown(" 1. first")).toBe(" \\1. first");
  });
});
