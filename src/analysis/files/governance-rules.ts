/**
 * Why a file is governance: `airlock-config` (Airlock's config or a file it extends), `plan-workflow`
 * (the workflow whose plans Airlock trusts), `ci-workflow` (CI workflows, actions and pipelines),
 * `code-owners`, `repository-settings`, `gate-config` (another gate's config), `agent-instructions`,
 * `review-visibility` (what reviewers see of a diff), `git-hooks`, `custom` (the repository's own globs).
 */
export type GovernanceRule =
  | "airlock-config"
  | "plan-workflow"
  | "ci-workflow"
  | "code-owners"
  | "repository-settings"
  | "gate-config"
  | "agent-instructions"
  | "review-visibility"
  | "git-hooks"
  | "custom";

/**
 * One built-in rule. Matching is literal and case-insensitive (entries are lower case): `paths` are exact
 * repository paths, `names` file names in any folder, `trees` folders from the root with everything
 * below, `anyTrees` folder names at any depth with everything below.
 */
export interface GovernanceRuleSpec {
  rule: GovernanceRule;
  why: string;
  paths?: readonly string[];
  names?: readonly string[];
  trees?: readonly string[];
  anyTrees?: readonly string[];
}

const gate = (tool: string, does: string, spec: Omit<GovernanceRuleSpec, "rule" | "why">): GovernanceRuleSpec => ({
  rule: "gate-config",
  why: `Another gate's config: ${tool} ${does}.`,
  ...spec,
});

/**
 * `BUILT_IN_GOVERNANCE_RULES` are the files that guard changes rather than make them, most specific
 * first (the first matching rule gives a file its reason). They follow the files gh-aw protects from its
 * own agents (CODEOWNERS, agent instructions, `.github/`, git hooks) and add the config of the gates an
 * agent could loosen (Atlantis, Digger, policy-bot, tfcmt, Spacelift, Infracost, Checkov, TFLint,
 * pre-commit), the repository-settings app, and `.gitattributes`, which can hide files from review.
 */
export const BUILT_IN_GOVERNANCE_RULES: readonly GovernanceRuleSpec[] = [
  {
    rule: "code-owners",
    why: "Code owners: decides whose review GitHub requires for each path.",
    paths: ["codeowners", ".github/codeowners", "docs/codeowners"],
  },
  {
    rule: "ci-workflow",
    why: "CI workflow: runs with the repository's secrets and produces the checks and plans the gate relies on.",
    trees: [".github/workflows"],
  },
  {
    rule: "ci-workflow",
    why: "CI action: code that workflows run with the repository's secrets.",
    trees: [".github/actions"],
    names: ["action.yml", "action.yaml"],
  },
  {
    rule: "ci-workflow",
    why: "CI pipeline outside GitHub Actions: runs with deployment credentials.",
    paths: [".gitlab-ci.yml", "azure-pipelines.yml", "bitbucket-pipelines.yml", "jenkinsfile"],
    trees: [".circleci", ".buildkite"],
  },
  {
    rule: "repository-settings",
    why: "Repository settings (the Settings app): can change branch protection and required checks.",
    paths: [".github/settings.yml"],
  },
  gate("Atlantis", "decides which projects are planned and applied, and who may apply", { names: ["atlantis.yaml", "atlantis.yml"] }),
  gate("Digger", "decides which projects are planned and applied", { names: ["digger.yml", "digger.yaml"] }),
  gate("policy-bot", "decides which approvals a pull request needs", { names: [".policy.yml"] }),
  gate("tfcmt", "decides how plans are reported and labelled", { names: ["tfcmt.yaml", "tfcmt.yml"] }),
  gate("Spacelift", "decides what runs and which policies apply", { trees: [".spacelift"] }),
  gate("Infracost", "decides which projects are costed", { names: ["infracost.yml", "infracost.yaml", "infracost.yml.tmpl"] }),
  gate("Checkov", "decides which security checks run or are skipped", { names: [".checkov.yml", ".checkov.yaml"] }),
  gate("TFLint", "decides which Terraform rules are enforced", { names: [".tflint.hcl"] }),
  gate("pre-commit", "decides which checks run before a commit", { names: [".pre-commit-config.yaml", ".pre-commit-config.yml"] }),
  {
    rule: "agent-instructions",
    why: "Agent instructions: tell coding agents what to do and what they may skip.",
    paths: [".github/copilot-instructions.md"],
    names: [
      "agents.md",
      "agents.override.md",
      "claude.md",
      "claude.local.md",
      "gemini.md",
      ".cursorrules",
      ".windsurfrules",
      ".clinerules",
      ".aider.conf.yml",
      ".mcp.json",
    ],
    trees: [".github/instructions", ".github/prompts", ".github/agents", ".github/chatmodes"],
    anyTrees: [".claude", ".cursor", ".gemini", ".codex", ".windsurf", ".clinerules", ".roo", ".amazonq", ".junie"],
  },
  {
    rule: "review-visibility",
    why: "Diff settings: `linguist-generated` and similar attributes hide files from review.",
    names: [".gitattributes"],
  },
  {
    rule: "git-hooks",
    why: "Git hooks: run on the machines that commit, the agent's included.",
    trees: [".githooks", ".husky"],
    names: ["lefthook.yml", "lefthook.yaml", ".lefthook.yml", ".lefthook.yaml"],
  },
];
