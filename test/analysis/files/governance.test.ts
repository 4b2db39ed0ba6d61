import { describe, expect, it } from "vitest";
import { classifyFiles, GLOB_LIMITS, type ChangedFile, type GovernanceRule } from "../../../src/analysis/files/index.js";

const modified = (path: string): ChangedFile => ({ path, status: "modified" });

const OPTIONS = {
  configPath: ".github/airlock.yml",
  extendsPaths: ["./.github/airlock-base.yml"],
  governancePaths: ["infra/policies/**"],
};

describe("classifyFiles: governance files and why", () => {
  it.each<{ path: string; rule: GovernanceRule; why: string }>([
    { path: ".github/workflows/plan.yml", rule: "ci-workflow", why: "CI workflow" },
    { path: ".github/actions/setup/action.yml", rule: "ci-workflow", why: "CI action" },
    { path: "tools/deploy/action.yaml", rule: "ci-workflow", why: "CI action" },
    { path: ".circleci/config.yml", rule: "ci-workflow", why: "outside GitHub Actions" },
    { path: "CODEOWNERS", rule: "code-owners", why: "Code owners" },
    { path: ".github/CODEOWNERS", rule: "code-owners", why: "Code owners" },
    { path: "docs/CODEOWNERS", rule: "code-owners", why: "Code owners" },
    { path: ".github/airlock.yml", rule: "airlock-config", why: "Airlock's own config" },
    { path: ".github/airlock.yaml", rule: "airlock-config", why: "Airlock's own config" },
    { path: ".github/airlock-base.yml", rule: "airlock-config", why: "Extended by Airlock's config" },
    { path: "services/api/AGENTS.md", rule: "agent-instructions", why: "Agent instructions" },
    { path: "CLAUDE.md", rule: "agent-instructions", why: "Agent instructions" },
    { path: ".claude/settings.json", rule: "agent-instructions", why: "Agent instructions" },
    { path: "packages/web/.cursor/rules/style.mdc", rule: "agent-instructions", why: "Agent instructions" },
    { path: ".github/copilot-instructions.md", rule: "agent-instructions", why: "Agent instructions" },
    { path: ".github/instructions/terraform.instructions.md", rule: "agent-instructions", why: "Agent instructions" },
    { path: "GEMINI.md", rule: "agent-instructions", why: "Agent instructions" },
    { path: ".codex/config.toml", rule: "agent-instructions", why: "Agent instructions" },
    { path: "atlantis.yaml", rule: "gate-config", why: "Atlantis" },
    { path: "digger.yml", rule: "gate-config", why: "Digger" },
    { path: ".policy.yml", rule: "gate-config", why: "policy-bot" },
    { path: "tfcmt.yaml", rule: "gate-config", why: "tfcmt" },
    { path: ".spacelift/config.yml", rule: "gate-config", why: "Spacelift" },
    { path: "infra/.tflint.hcl", rule: "gate-config", why: "TFLint" },
    { path: ".pre-commit-config.yaml", rule: "gate-config", why: "pre-commit" },
    { path: ".github/settings.yml", rule: "repository-settings", why: "branch protection" },
    { path: ".gitattributes", rule: "review-visibility", why: "hide files from review" },
    { path: ".husky/pre-commit", rule: "git-hooks", why: "Git hooks" },
    { path: ".githooks/pre-push", rule: "git-hooks", why: "Git hooks" },
    { path: "infra/policies/deny-public.rego", rule: "custom", why: "infra/policies/**" },
    { path: ".GitHub/Workflows/Deploy.yml", rule: "ci-workflow", why: "CI workflow" },
  ])("$path → $rule", ({ path, rule, why }) => {
    const [match] = classifyFiles({ files: [modified(path)], ...OPTIONS }).governance;

    expect(match).toMatchObject({ path, rule });
    expect(match?.why).toContain(why);
  });

  it.each(["README.md", "envs/prod/db.tf", ".github/ISSUE_TEMPLATE/bug.md", "src/CODEOWNERS", "docs/agents.txt", "infra/policy.rego"])(
    "%s is not governance",
    (path) => {
      expect(classifyFiles({ files: [modified(path)], ...OPTIONS }).governance).toEqual([]);
    },
  );

  it("names the plan workflow ahead of the generic CI rule, by path or by file name", () => {
    for (const planWorkflow of [".github/workflows/terraform-plan.yml", "terraform-plan.yml"]) {
      const result = classifyFiles({ files: [modified(".github/workflows/terraform-plan.yml")], planWorkflow });

      expect(result.governance).toEqual([expect.objectContaining({ rule: "plan-workflow", why: expect.stringContaining("The plan workflow") })]);
    }
  });

  it("takes a custom config path, keeping the default names governed", () => {
    const files = [modified("config/airlock.yml"), modified(".github/airlock.yml")];

    expect(classifyFiles({ files, configPath: "config/airlock.yml" }).governance.map((g) => g.rule)).toEqual(["airlock-config", "airlock-config"]);
  });

  it("counts a rename out of .github/workflows on the old path", () => {
    const result = classifyFiles({ files: [{ path: "x.yml", previousPath: ".github/workflows/x.yml", status: "renamed" }] });

    expect(result.governance).toEqual([
      { path: ".github/workflows/x.yml", rule: "ci-workflow", why: expect.stringContaining("CI workflow"), renamedTo: "x.yml" },
    ]);
    expect(result.byFile[0]?.governance).toHaveLength(1);
  });

  it("counts a rename into .github/workflows on the new path", () => {
    const result = classifyFiles({ files: [{ path: ".github/workflows/ci.yml", previousPath: "scripts/ci.yml", status: "renamed" }] });

    expect(result.governance).toEqual([{ path: ".github/workflows/ci.yml", rule: "ci-workflow", why: expect.any(String) }]);
  });

  it("reports a governance glob it cannot use and still applies the others", () => {
    const result = classifyFiles({ files: [modified("infra/policies/a.rego")], governancePaths: ["infra/{policies", "infra/policies/**"] });

    expect(result.problems).toEqual([expect.objectContaining({ code: "glob.invalid", where: "governancePaths[0]", glob: "infra/{policies" })]);
    expect(result.governance).toEqual([expect.objectContaining({ rule: "custom", why: expect.stringContaining("`infra/policies/**`") })]);
  });

  it("treats a path too long for the governance globs as governance, and reports it", () => {
    const path = `${"deep/".repeat(GLOB_LIMITS.maxPathLength / 5)}file.txt`;
    const result = classifyFiles({ files: [modified(path)], governancePaths: ["infra/**"] });

    expect(result.governance).toEqual([expect.objectContaining({ path, rule: "custom" })]);
    expect(result.problems).toEqual([expect.objectContaining({ code: "path.too-long", path })]);
  });

  it("does not report long paths when there are no governance globs to match", () => {
    const path = `${"deep/".repeat(GLOB_LIMITS.maxPathLength / 5)}file.txt`;

    expect(classifyFiles({ files: [modified(path)] })).toMatchObject({ governance: [], problems: [] });
  });
});
