import { beforeAll, describe, expect, it } from "vitest";
import { evaluate } from "../../src/analysis/evaluate.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import type { Verdict } from "../../src/model/index.js";
import { renderCheckRun } from "../../src/report/render-check-run.js";
import { renderComment } from "../../src/report/render-comment.js";
import { describeFindings, markdownFindings } from "../fuzz/support/markdown-safety.js";
import { aSnapshot } from "../helpers/snapshot.js";

/** Resource names an agent can choose (Terraform allows any string as an instance key) that mean something to GitHub. */
const NAMES = [
  "@alice",
  "@acme/platform please approve",
  "<script>alert(document.cookie)</script>",
  "<img src=x onerror=alert(1)>",
  "[approve](javascript:alert(1))",
  "![pixel](https://evil.example/p.png)",
  "a | b | c",
  "`code` and ``` fences",
  "<!-- hidden --> <details open>",
  "line\nbreak\r\n- [x] done\n# heading",
  "#1 owner/repo#2 GH-3",
  "&#64;bob &commat;carol",
];

const bucket = (key: string, i: number) => ({
  address: `aws_s3_bucket.logs[${JSON.stringify(key)}]`,
  mode: "managed",
  type: "aws_s3_bucket",
  name: "logs",
  index: key,
  provider_name: "registry.terraform.io/hashicorp/aws",
  action_reason: i % 2 === 0 ? `replace_because_${key}` : undefined,
  change: { actions: i % 3 === 0 ? ["delete"] : ["delete", "create"], before: { bucket: key }, after: i % 3 === 0 ? null : { bucket: `${key}-2` }, replace_paths: [["bucket"]] },
});

describe("resource names with markdown, HTML and @mentions", () => {
  let verdict: Verdict;

  beforeAll(async () => {
    const snapshot = aSnapshot({
      pullRequest: { author: { login: "Copilot", id: 198982749, type: "Bot" }, title: "@alice <b>hi</b>", body: "Requested by @alice [x](javascript:y)" },
      files: [{ path: "envs/prod/@alice|<b>.tf", status: "modified", base: 'resource "aws_s3_bucket" "logs" {}\n', head: 'resource "aws_s3_bucket" "logs" {\n  bucket = "@bob"\n}\n' }],
      plans: [{ name: "envs/prod", plan: { format_version: "1.2", resource_changes: NAMES.map(bucket) } }],
    });
    verdict = await evaluate({ snapshot, config: DEFAULT_CONFIG });
  });

  it("reach the verdict as they are, one change each", () => {
    expect(verdict.changes.filter((c) => c.source === "plan").map((c) => c.address)).toEqual(NAMES.map((n) => `aws_s3_bucket.logs[${JSON.stringify(n)}]`));
  });

  it.each([
    ["check run summary", (v: Verdict) => renderCheckRun(v, { deliveryId: "abc" }).summary],
    ["check run text", (v: Verdict) => renderCheckRun(v, { deliveryId: "abc" }).text],
    ["PR comment", (v: Verdict) => renderComment(v)],
  ])("are inert in the %s: no mention, tag, link or broken table row", (_name, render) => {
    const markdown = render(verdict);
    expect(describeFindings(markdownFindings(markdown))).toBe("");
  });

  it("stay out of the check run title", () => {
    const title = renderCheckRun(verdict).title;
    expect(title).toMatch(/^[A-Za-z :·0-9]+$/);
  });

  it("are still shown, so a reviewer sees what the agent named them", () => {
    const summary = renderCheckRun(verdict).summary;
    expect(summary).toContain("@alice");
    expect(summary).toContain("<script>alert(document.cookie)</script>");
  });
});

describe("a resource name longer than a check run or comment can hold", () => {
  const name = "@alice <script>x</script> ".repeat(3_000);

  it.each([
    ["check run summary", (v: Verdict) => renderCheckRun(v).summary],
    ["PR comment", (v: Verdict) => renderComment(v)],
  ])("is cut in the %s without any of it turning live", async (_name, render) => {
    const snapshot = aSnapshot({
      pullRequest: { author: { login: "Copilot", id: 198982749, type: "Bot" } },
      files: [{ path: "envs/prod/main.tf", status: "modified", base: "", head: "" }],
      plans: [{ name: "envs/prod", plan: { format_version: "1.2", resource_changes: [bucket(name, 1)] } }],
    });
    const markdown = render(await evaluate({ snapshot, config: DEFAULT_CONFIG }));
    expect(markdown.length).toBeLessThan(65_536);
    expect(describeFindings(markdownFindings(markdown))).toBe("");
  });
});
