/** The two Terraform-language tools. OpenTofu reads Terraform files too; its own files name it. */
export type TerraformFamily = "terraform" | "opentofu";

const TERRAFORM_SUFFIXES = [
  ".tf",
  ".tf.json",
  ".tfvars",
  ".tfvars.json",
  ".tftest.hcl",
  ".tftest.json",
  ".tfstate",
  ".tfstate.backup",
  ".tfplan",
  ".tfplan.json",
];
const TERRAFORM_NAMES = new Set([
  ".terraform.lock.hcl",
  ".terraform-version",
  ".terraformrc",
  "terraform.rc",
  "tfplan",
  "tfplan.json",
  ".terragrunt-version",
]);
const OPENTOFU_SUFFIXES = [".tofu", ".tofu.json", ".tofutest.hcl", ".tofutest.json"];
const OPENTOFU_NAMES = new Set([".opentofu", ".opentofu-version"]);
const CODE_SUFFIXES = [".tf", ".tf.json", ".tofu", ".tofu.json"];
/** `.hcl` files of other tools, never part of a Terragrunt tree. */
const FOREIGN_HCL_SUFFIXES = [".pkr.hcl", ".nomad.hcl", ".tflint.hcl", ".tftest.hcl", ".tofutest.hcl"];

/**
 * `terraformNameKind` tells whether a lower-case file name alone makes a file Terraform or OpenTofu:
 * configuration (`.tf`, `.tf.json`, `.tofu`), variables (`.tfvars`), tests, the provider lock file, state
 * and plan files committed by mistake (`.tfstate`, `*.tfplan.json`, `tfplan`), version pins
 * (`.terraform-version`, `.opentofu-version`), CLI config (`.terraformrc`, which can redirect providers)
 * and Terragrunt files (`terragrunt.hcl`, `terragrunt.stack.hcl`). Undefined for any other name.
 */
export function terraformNameKind(lowerBase: string): TerraformFamily | undefined {
  if (OPENTOFU_NAMES.has(lowerBase) || endsWithAny(lowerBase, OPENTOFU_SUFFIXES)) return "opentofu";
  if (TERRAFORM_NAMES.has(lowerBase) || endsWithAny(lowerBase, TERRAFORM_SUFFIXES)) return "terraform";
  if (isTerragruntName(lowerBase)) return "terraform";
  return undefined;
}

/**
 * `marksTerraformDir` tells whether a file makes its folder a Terraform directory: configuration
 * (`.tf`, `.tf.json`, `.tofu`, `.tofu.json`), the provider lock file, or a Terragrunt unit or stack.
 */
export function marksTerraformDir(lowerBase: string): boolean {
  return endsWithAny(lowerBase, CODE_SUFFIXES) || lowerBase === ".terraform.lock.hcl" || isTerragruntName(lowerBase);
}

/**
 * `isTerragruntName` tells whether a lower-case file name is a Terragrunt unit or stack file
 * (`terragrunt.hcl`, `terragrunt.stack.hcl`, `terragrunt.hcl.json`).
 */
export function isTerragruntName(lowerBase: string): boolean {
  if (lowerBase === "terragrunt.hcl" || lowerBase === "terragrunt.hcl.json") return true;
  return lowerBase.startsWith("terragrunt.") && lowerBase.endsWith(".hcl");
}

/**
 * `marksOpenTofuDir` tells whether a file makes its folder (and everything below) OpenTofu: a `.tofu` file,
 * an OpenTofu test, or a `.opentofu` / `.opentofu-version` marker.
 */
export function marksOpenTofuDir(lowerBase: string): boolean {
  return terraformNameKind(lowerBase) === "opentofu";
}

/**
 * `isTerragruntTreeCandidate` tells whether a `.hcl` file could be Terragrunt configuration (`root.hcl`,
 * `account.hcl`, `env.hcl`): any `.hcl` except other tools' (Packer, Nomad, TFLint) and Terraform tests.
 */
export function isTerragruntTreeCandidate(lowerBase: string): boolean {
  return lowerBase.endsWith(".hcl") && !endsWithAny(lowerBase, FOREIGN_HCL_SUFFIXES);
}

function endsWithAny(value: string, suffixes: readonly string[]): boolean {
  return suffixes.some((suffix) => value.endsWith(suffix));
}
