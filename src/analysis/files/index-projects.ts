import { AWS_CDK_APP_NAMES, CDKTF_APP_NAMES } from "./file-names.js";
import { ancestorDirs, baseOf, dirBeforeFolder, dirOf, normalizeRepoPath } from "./repo-path.js";
import { isTerragruntName, marksOpenTofuDir, marksTerraformDir } from "./terraform-names.js";

/**
 * Project folders the caller found in the repository tree (the classifier itself only sees changed
 * files). `terraform`: folders holding Terraform configuration; `opentofu`: folders whose subtree is
 * OpenTofu; `terragrunt`: folders holding a `terragrunt.hcl`; `cdktf`: folders holding a `cdktf.json`;
 * `awsCdk`: folders holding a `cdk.json`. `""` or `.` is the repository root.
 */
export interface KnownProjectRoots {
  terraform?: readonly string[];
  opentofu?: readonly string[];
  terragrunt?: readonly string[];
  cdktf?: readonly string[];
  awsCdk?: readonly string[];
}

/** Where the IaC projects of a pull request live: the known roots plus what the changed paths reveal. */
export interface ProjectIndex {
  terraformDirs: ReadonlySet<string>;
  opentofuDirs: ReadonlySet<string>;
  terragruntDirs: ReadonlySet<string>;
  /** Terragrunt folders and every folder above them (where `root.hcl`, `account.hcl` and the like live). */
  terragruntAncestors: ReadonlySet<string>;
  cdktfRoots: ReadonlySet<string>;
  awsCdkRoots: ReadonlySet<string>;
}

/**
 * `indexProjects` collects the project folders of a pull request, in one pass over the paths: the folder of
 * each Terraform configuration or lock file and Terragrunt unit, each OpenTofu marker (`.tofu` files,
 * `.opentofu`, `.opentofu-version`), each `cdktf.json` and `cdk.json`, and the folder above a
 * `cdktf.out/` or `cdk.out/` synth output, together with `known`. Terraform files inside `cdktf.out/` are
 * synth output of the CDKTF project, not a Terraform directory of their own.
 */
export function indexProjects(params: { paths: readonly string[]; known?: KnownProjectRoots }): ProjectIndex {
  const known = params.known ?? {};
  const index: MutableIndex = {
    terraformDirs: normalizedSet(known.terraform, known.terragrunt),
    opentofuDirs: normalizedSet(known.opentofu),
    terragruntDirs: normalizedSet(known.terragrunt),
    terragruntAncestors: new Set<string>(),
    cdktfRoots: normalizedSet(known.cdktf),
    awsCdkRoots: normalizedSet(known.awsCdk),
  };
  for (const path of params.paths) addPath(index, path);
  for (const dir of index.terragruntDirs) addAncestors(index.terragruntAncestors, dir);
  return index;
}

type MutableIndex = { [K in keyof ProjectIndex]: Set<string> };

function addPath(index: MutableIndex, path: string): void {
  const lowerBase = baseOf(path).toLowerCase();
  const dir = dirOf(path);
  const cdktfRoot = dirBeforeFolder(path, "cdktf.out");
  const awsCdkRoot = dirBeforeFolder(path, "cdk.out");
  if (cdktfRoot !== undefined) index.cdktfRoots.add(cdktfRoot);
  if (awsCdkRoot !== undefined) index.awsCdkRoots.add(awsCdkRoot);
  if (CDKTF_APP_NAMES.has(lowerBase)) index.cdktfRoots.add(dir);
  if (AWS_CDK_APP_NAMES.has(lowerBase)) index.awsCdkRoots.add(dir);
  const opentofuRoot = dirBeforeFolder(path, ".opentofu");
  if (opentofuRoot !== undefined) index.opentofuDirs.add(opentofuRoot);
  if (cdktfRoot !== undefined || awsCdkRoot !== undefined) return;
  if (marksOpenTofuDir(lowerBase)) index.opentofuDirs.add(dir);
  if (marksTerraformDir(lowerBase)) index.terraformDirs.add(dir);
  if (isTerragruntName(lowerBase)) index.terragruntDirs.add(dir);
}

/** Adds `dir` and the folders above it, stopping at the first one already there (its chain is complete). */
function addAncestors(into: Set<string>, dir: string): void {
  if (into.has(dir)) return;
  into.add(dir);
  if (dir === "") return;
  for (const above of ancestorDirs(dir)) {
    if (into.has(above)) return;
    into.add(above);
  }
}

function normalizedSet(...lists: (readonly string[] | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const dir of list ?? []) out.add(normalizeRepoPath(dir));
  return out;
}
