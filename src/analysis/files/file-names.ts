const CLOUDFORMATION_SUFFIXES = [
  ".template.json",
  ".template.yaml",
  ".template.yml",
  ".cfn.json",
  ".cfn.yaml",
  ".cfn.yml",
];
const SNIFF_SUFFIXES = [".json", ".yaml", ".yml", ".template"];
const DOCUMENT_SUFFIXES = [".md", ".mdx", ".markdown", ".rst", ".adoc", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".drawio"];
const DOCUMENT_PREFIXES = ["license", "licence", "copying", "notice", "changelog", "authors", "codeowners"];

/** Files that make their folder an AWS CDK app. */
export const AWS_CDK_APP_NAMES: ReadonlySet<string> = new Set(["cdk.json", "cdk.context.json"]);
/** Files that make their folder a CDK for Terraform project. */
export const CDKTF_APP_NAMES: ReadonlySet<string> = new Set(["cdktf.json"]);

/**
 * `isCloudFormationName` tells whether a lower-case file name alone marks a CloudFormation template
 * (`vpc.template.json`, `Db.template.yaml`, `network.cfn.yml`).
 */
export function isCloudFormationName(lowerBase: string): boolean {
  return CLOUDFORMATION_SUFFIXES.some((suffix) => lowerBase.endsWith(suffix));
}

/**
 * `isSniffCandidate` tells whether a file's kind may depend on its text: JSON and YAML files (and classic
 * `.template` files) can be CloudFormation templates, and JSON files Terraform plans or state, whatever
 * their name. Fetch the text of these files so `classifyFiles` can look inside.
 */
export function isSniffCandidate(path: string): boolean {
  const lower = path.toLowerCase();
  return SNIFF_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/**
 * `isProjectAsset` tells whether a file inside an IaC project folder is part of what the project deploys:
 * anything but documentation (`README.md`, diagrams, licences) and hidden files (`.gitignore`, tool
 * settings), which no `terraform plan` or `cdk synth` reads.
 */
export function isProjectAsset(lowerBase: string): boolean {
  if (lowerBase.startsWith(".")) return false;
  if (DOCUMENT_SUFFIXES.some((suffix) => lowerBase.endsWith(suffix))) return false;
  return !DOCUMENT_PREFIXES.some((prefix) => lowerBase.startsWith(prefix));
}
