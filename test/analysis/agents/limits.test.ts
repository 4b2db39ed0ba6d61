import { describe, expect, it } from "vitest";
import { DEFAULT_AGENTS, DETECTION_LIMITS, detectAgent } from "../../../src/analysis/agents/index.js";
import { toEvidenceValue } from "../../../src/analysis/agents/to-evidence-value.js";
import { aCommit, aSnapshot } from "../../helpers/snapshot.js";

const MEGABYTE = 1024 * 1024;

describe("detectAgent on hostile input stays bounded", () => {
  it("examines only the first commits of a 5,000-commit PR and keeps the evidence short", () => {
    const commits = Array.from({ length: 5000 }, (_, i) =>
      aCommit({ message: `Step ${i}\n\nAmp-Thread-ID: https://ampcode.com/threads/T-${i}\nCo-authored-by: Amp <amp@ampcode.com>` }),
    );
    // The only Devin trace sits past the commit limit.
    commits[DETECTION_LIMITS.maxCommits + 10] = aCommit({ author: { name: "Devin AI", email: "158243242+devin-ai-integration[bot]@users.noreply.github.com" } });
    const verdict = detectAgent({ snapshot: aSnapshot({ commits }), registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ name: "amp", confidence: "likely" });
    expect(verdict.evidence.some((e) => e.agent === "devin")).toBe(false);
    expect(verdict.evidence.length).toBeLessThanOrEqual(DETECTION_LIMITS.maxEvidence);
    expect(verdict.evidence.filter((e) => e.signal === "agent-trailer")).toHaveLength(DETECTION_LIMITS.maxEvidencePerSignal);
  });

  it("reads the head and tail of a 1 MB body, never the middle, and never quotes it", () => {
    const filler = "x".repeat(MEGABYTE / 2);
    const body = `${filler}app.devin.ai/sessions/hidden-in-the-middle${filler}\n[Codex Task](https://chatgpt.com/codex/tasks/task_e_1)`;
    const verdict = detectAgent({ snapshot: aSnapshot({ pullRequest: { body } }), registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ name: "codex", confidence: "likely" });
    expect(verdict.evidence.some((e) => e.agent === "devin")).toBe(false);
    for (const e of verdict.evidence) expect(e.value.length).toBeLessThanOrEqual(DETECTION_LIMITS.maxValueChars);
  });

  it("finds trailers at the end of a huge commit message and cuts long values", () => {
    const message = `Subject\n\n${"y".repeat(MEGABYTE)}\n\nAmp-Thread-ID: https://ampcode.com/threads/${"T".repeat(5000)}`;
    const verdict = detectAgent({ snapshot: aSnapshot({ commits: [aCommit({ message })] }), registry: DEFAULT_AGENTS });

    expect(verdict).toMatchObject({ name: "amp", confidence: "likely" });
    const value = verdict.evidence.find((e) => e.signal === "agent-trailer")!.value;
    expect(value.length).toBeLessThanOrEqual(DETECTION_LIMITS.maxValueChars);
    expect(value.startsWith("Amp-Thread-ID: https://ampcode.com/threads/T")).toBe(true);
  });

  it("flattens control characters and newlines in quoted values", () => {
    const verdict = detectAgent({ snapshot: aSnapshot({ pullRequest: { headRef: "codex/\u001b[31mred\nline" } }), registry: DEFAULT_AGENTS });

    expect(verdict.evidence[0]!.value).toBe("codex/ [31mred line");
  });

  it("survives a pathological email and a body full of @ signs", () => {
    const email = `${"a.".repeat(50_000)}@${"b.".repeat(50_000)}aider.chat`;
    const body = `Requested by: ${"@".repeat(200_000)}`;
    const verdict = detectAgent({
      snapshot: aSnapshot({ pullRequest: { body }, commits: [aCommit({ author: { email } })] }),
      registry: DEFAULT_AGENTS,
    });

    // No login follows "Requested by:", so the requester falls back to the PR author.
    expect(verdict).toMatchObject({ name: "devin", confidence: "possible", isAgent: false, requester: "alice" });
  });
});

describe("toEvidenceValue", () => {
  it("cuts at the limit without splitting an emoji", () => {
    const value = toEvidenceValue(`${"a".repeat(DETECTION_LIMITS.maxValueChars - 2)}🤖🤖🤖`);

    expect(value.length).toBeLessThanOrEqual(DETECTION_LIMITS.maxValueChars);
    expect(value.endsWith("a…")).toBe(true);
  });
});
