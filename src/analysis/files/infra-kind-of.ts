import type { InfraKind } from "../../model/verdict.js";
import { AWS_CDK_APP_NAMES, CDKTF_APP_NAMES, isCloudFormationName, isProjectAsset, isSniffCandidate } from "./file-names.js";
import type { ProjectIndex } from "./index-projects.js";
import { ancestorDirs, baseOf, dirBeforeFolder, dirOf } from "./repo-path.js";
import { looksLikeCloudFormation } from "./sniff-cloudformation.js";
import { looksLikeTerraformJson } from "./sniff-terraform-json.js";
import { isTerragruntTreeCandidate, marksTerraformDir, terraformNameKind, type TerraformFamily } from "./terraform-names.js";

/** What one path is: its IaC kinds (sorted, unique; empty when it is no IaC) and the project folders it belongs to. */
export interface PathInfra {
  kinds: InfraKind[];
  terraformDir?: string;
  cdktfRoot?: string;
  awsCdkRoot?: string;
}

/**
 * `infraKindOf` classifies one path, given the texts known for it (head and/or base, sniffed up to 64 KiB
 * each) and the project folders of the pull request. In order: CDKTF synth output (`cdktf.out/**`) and
 * `cdktf.json`; AWS CDK output (`cdk.out/**`, whose `*.template.json` are CloudFormation too), `cdk.json`
 * and `cdk.context.json`; Terraform/OpenTofu files by name; CloudFormation templates by name or by text;
 * Terraform plans or state by text; `.hcl` files in a Terragrunt tree. A file none of these name is claimed
 * by the project folder it sits in (module assets, CDK app sources, `package.json` of a CDK app) unless it
 * is documentation or hidden (see `isProjectAsset`), or sits in a hidden folder below the project. A
 * Terraform folder claims its whole subtree, except the repository root, which claims only its own files
 * (so a root `main.tf` does not make the whole repository infrastructure); CDK apps claim their subtree.
 * Terraform kinds become `opentofu` inside an OpenTofu folder.
 */
export function infraKindOf(params: { path: string; texts: readonly string[]; index: ProjectIndex }): PathInfra {
  const { path, texts, index } = params;
  const lowerBase = baseOf(path).toLowerCase();
  const dir = dirOf(path);
  const cdktfOut = dirBeforeFolder(path, "cdktf.out");
  if (cdktfOut !== undefined) return { kinds: ["cdktf"], cdktfRoot: cdktfOut };
  const cdkOut = dirBeforeFolder(path, "cdk.out");
  if (cdkOut !== undefined) {
    return { kinds: isCloudFormationName(lowerBase) ? ["aws-cdk", "cloudformation"] : ["aws-cdk"], awsCdkRoot: cdkOut };
  }
  if (CDKTF_APP_NAMES.has(lowerBase)) return { kinds: ["cdktf"], cdktfRoot: dir };
  if (AWS_CDK_APP_NAMES.has(lowerBase)) return { kinds: ["aws-cdk"], awsCdkRoot: dir };
  const family = terraformNameKind(lowerBase);
  if (family !== undefined) {
    const kinds = [tofuAware(family, path, index)];
    return marksTerraformDir(lowerBase) ? { kinds, terraformDir: dir } : { kinds };
  }
  if (isCloudFormationName(lowerBase)) return { kinds: ["cloudformation"] };
  if (isSniffCandidate(lowerBase) && texts.some(looksLikeCloudFormation)) return { kinds: ["cloudformation"] };
  if (lowerBase.endsWith(".json") && texts.some(looksLikeTerraformJson)) return { kinds: [tofuAware("terraform", path, index)] };
  if (inTerragruntTree(path, lowerBase, index)) return { kinds: [tofuAware("terraform", path, index)] };
  return claimed(path, lowerBase, index);
}

function claimed(path: string, lowerBase: string, index: ProjectIndex): PathInfra {
  if (!isProjectAsset(lowerBase)) return { kinds: [] };
  const out: PathInfra = { kinds: [] };
  const terraformDir = nearestClaim(path, index.terraformDirs, false);
  const cdktfRoot = nearestClaim(path, index.cdktfRoots, true);
  const awsCdkRoot = nearestClaim(path, index.awsCdkRoots, true);
  if (awsCdkRoot !== undefined) {
    out.kinds.push("aws-cdk");
    out.awsCdkRoot = awsCdkRoot;
  }
  if (cdktfRoot !== undefined) {
    out.kinds.push("cdktf");
    out.cdktfRoot = cdktfRoot;
  }
  if (terraformDir !== undefined) {
    out.kinds.push(tofuAware("terraform", path, index));
    out.terraformDir = terraformDir;
  }
  return out;
}

/** The nearest project folder above `path`, unless a hidden folder (other than CDKTF's `.gen`) lies between. */
function nearestClaim(path: string, roots: ReadonlySet<string>, rootClaimsSubtree: boolean): string | undefined {
  if (roots.size === 0) return undefined;
  const dirs = ancestorDirs(path);
  for (let i = 0; i < dirs.length; i += 1) {
    const dir = dirs[i] ?? "";
    if (roots.has(dir) && (dir !== "" || rootClaimsSubtree || i === 0)) return dir;
    const name = baseOf(dir);
    if (name.startsWith(".") && name !== ".gen") return undefined;
  }
  return undefined;
}

function inTerragruntTree(path: string, lowerBase: string, index: ProjectIndex): boolean {
  if (index.terragruntDirs.size === 0 || !isTerragruntTreeCandidate(lowerBase)) return false;
  if (index.terragruntAncestors.has(dirOf(path))) return true;
  return ancestorDirs(path).some((dir) => index.terragruntDirs.has(dir));
}

function tofuAware(family: TerraformFamily, path: string, index: ProjectIndex): TerraformFamily {
  if (family === "opentofu" || index.opentofuDirs.size === 0) return family;
  return ancestorDirs(path).some((dir) => index.opentofuDirs.has(dir)) ? "opentofu" : "terraform";
}
