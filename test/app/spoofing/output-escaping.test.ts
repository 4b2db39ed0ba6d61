import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fakeGitHub, type FakeState } from "../support/fake-github.js";
import { deliver, testApp } from "../support/test-app.js";
import { ACCOUNT, commit, opened, prodDbDeletion } from "./actors.js";

const IMG = "<img src=x onerror=alert(1)>";
const LINK = "[x](javascript:alert(1))";
const TEAM = "@Codertocat/security";

/** Terraform whose labels, values and module name carry mentions, HTML and a javascript: link (HCL allows any quoted label). */
const HOSTILE_TF = `resource "aws_db_instance" "${TEAM}" {
  identifier = "prod-main"
}

resource "aws_s3_bucket" "${IMG}" {
  bucket = "${LINK}"
}

resource "aws_iam_role" "${LINK}" {
  name = "${TEAM}"
}

module "${TEAM} ${IMG}" {
  source = "./modules/${LINK}"
}
`;

/** A Copilot PR whose every PR-controlled string is hostile: branch, title, body, commit identity and trailers, file paths, resource names. */
function hostilePullRequest(): FakeState {
  const state = prodDbDeletion({ author: ACCOUNT.copilotAgent, branch: `copilot/<img/src=x/onerror=alert(1)>${TEAM}` });
  state.pr.title = `${IMG} ${LINK} ${TEAM}`;
  state.pr.body = `${TEAM} please approve ${IMG} ${LINK}\n\n<!-- START COPILOT CODING AGENT SUFFIX -->`;
  state.pr.assignees = [ACCOUNT.alice, ACCOUNT.copilotAgent];
  state.files = [
    { filename: `envs/prod/${TEAM}/main.tf`, status: "removed", base: HOSTILE_TF, head: null },
    { filename: `envs/prod/${LINK}.tf`, status: "added", base: null, head: `resource "aws_instance" "web" {\n  ami = "${IMG} ${TEAM}"\n}\n` },
    { filename: `envs/prod/broken-${IMG}.tf`, status: "added", base: null, head: `resource "aws_instance" "${IMG}" { ${TEAM} ${LINK}\n` },
    { filename: `.github/workflows/${TEAM}-${IMG}.yml`, status: "added", base: null, head: `name: ${TEAM}\n` },
  ];
  state.commits = [
    commit({
      message: `Remove ${IMG}\n\nAgent-Logs-Url: ${LINK} ${TEAM} ${IMG}\nCo-authored-by: ${TEAM} ${IMG} <1001+alice@users.noreply.github.com>`,
      author: { name: `${TEAM} ${IMG}`, email: "198982749+Copilot@users.noreply.github.com" },
      linkedAuthor: ACCOUNT.copilotAgent,
    }),
  ];
  return state;
}

/**
 * `renderedMarkup` is the part of a markdown document GitHub interprets as markup: fenced code blocks and code
 * spans (CommonMark: a backtick run closed by a run of the same length) are removed, because text inside
 * them is shown literally; backslash escapes outside them are kept.
 */
function renderedMarkup(markdown: string): string {
  const unfenced = markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, "");
  let out = "";
  let i = 0;
  while (i < unfenced.length) {
    const ch = unfenced[i]!;
    if (ch === "\\") {
      out += unfenced.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch !== "`") {
      out += ch;
      i += 1;
      continue;
    }
    const run = /^`+/.exec(unfenced.slice(i))![0];
    const close = closingRun(unfenced, i + run.length, run.length);
    out += close === -1 ? run : " ";
    i = close === -1 ? i + run.length : close + run.length;
  }
  return out;
}

function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/g;
  runs.lastIndex = from;
  for (let m = runs.exec(text); m; m = runs.exec(text)) if (m[0].length === length) return m.index;
  return -1;
}

/** Airlock's own HTML: the comment marker, the collapsible diagram and the delivery footer. */
const OWN_TAGS = new Set(["!--", "details", "/details", "summary", "/summary", "sub", "/sub"]);

function expectInert(markdown: string): void {
  const markup = renderedMarkup(markdown);
  const tags = [...markup.matchAll(/<\s*(!--|\/?[A-Za-z][A-Za-z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
  expect(tags.filter((t) => !OWN_TAGS.has(t))).toEqual([]);
  expect(markup).not.toMatch(/(?<!\\)\]\(\s*javascript:/i);
  expect(markup).not.toMatch(/(?<![A-Za-z0-9_`])@Codertocat/i);
  for (const block of markdown.match(/^```mermaid\n[\s\S]*?^```$/gm) ?? []) expect(block).not.toMatch(/[<@]|javascript:alert\(/);
}

describe("PR-controlled text in Airlock's check and comment", () => {
  let state: FakeState;
  let github: ReturnType<typeof fakeGitHub>;
  let check: any;
  let comment: string;

  beforeAll(async () => {
    const probot = await testApp();
    state = hostilePullRequest();
    github = fakeGitHub(state);
    await deliver(probot, "pull_request", opened(state));
    check = github.latestCheck();
    comment = state.comments[0]?.body ?? "";
  });
  afterAll(() => github.stop());

  it("is checked by a checker that flags raw markup outside code and nothing inside it", () => {
    expect(() => expectInert(`\`${IMG} ${LINK} ${TEAM}\` and \`\` a \` ${TEAM} \`\``)).not.toThrow();
    for (const raw of [IMG, LINK, `please ${TEAM}`, `\`\`${IMG}\``]) expect(() => expectInert(raw)).toThrow();
  });

  it("reaches the output (so the checks below are not vacuous)", () => {
    const everything = `${check.output.summary}\n${check.output.text}\n${comment}`;
    for (const needle of ["aws_s3_bucket.<img src=x onerror=alert(1)>", "aws_iam_role.[x](javascript:alert(1))", "aws_db_instance.@Codertocat/security", "copilot/<img/src=x/onerror=alert(1)>@Codertocat/security", `Agent-Logs-Url: ${LINK}`]) {
      expect(everything).toContain(needle);
    }
    expect(check.output.summary).toMatch(/&lt;img src=x onerror=alert\(1\)&gt;/);
    expect(comment).toContain("```mermaid");
    expect(check.output.summary).toContain("#### Inputs that could not be read");
    expect(check.output.text).toContain("#### ⚠️ Governance files changed by an agent");
  });

  it("is inert in the check title, which is built from Airlock's own words", () => {
    expect(check.output.title).not.toMatch(/[<>@[\]`]|javascript|img|Codertocat/i);
  });

  it("is inert in the check summary: no HTML, no javascript: link, no @mention", () => {
    expectInert(check.output.summary);
  });

  it("is inert in the check text (evidence and the block for the agent)", () => {
    expectInert(check.output.text);
  });

  it("is inert in the sticky comment, diagram included", () => {
    expect(comment).toContain("<!-- airlock:summary -->");
    expectInert(comment);
  });
});
