import type { InfraKind, InfraVerdict } from "../../model/verdict.js";
import type { GlobProblem } from "./compile-globs.js";
import type { GovernanceRule } from "./governance-rules.js";

/** A changed file as GitHub lists it (a `SnapshotFile` fits), with the text of each side when fetched. */
export interface ChangedFile {
  path: string;
  status: string;
  previousPath?: string | null;
  head?: string | null;
  base?: string | null;
}

/**
 * A governance file the pull request touches. `path` is the governed path; when that is the old path of a
 * rename, `renamedTo` is where the file went (moving a workflow away disables it just as deleting does).
 * `why` is a sentence for reviewers, `rule` its stable id.
 */
export interface GovernanceMatch {
  path: string;
  rule: GovernanceRule;
  why: string;
  renamedTo?: string;
}

/**
 * One changed file: its IaC kinds (sorted, unique, from both paths of a rename; empty when it is no IaC)
 * and the governance rules it falls under (none, one, or one per path of a rename).
 */
export interface ClassifiedFile {
  path: string;
  previousPath?: string;
  kinds: InfraKind[];
  governance: GovernanceMatch[];
}

/** `InfraVerdict` before environments are resolved: whether IaC is touched, its kinds and files (sorted, unique). */
export type InfraSummary = Omit<InfraVerdict, "environments">;

/**
 * The project folders the pull request touches (sorted, unique; `""` is the repository root). `terraform`
 * holds Terraform and OpenTofu folders: those of changed configuration, lock and Terragrunt unit files, and
 * the folders whose assets changed. `cdktf` and `awsCdk` hold the app folders (where `cdktf.json` or
 * `cdk.json` lives, or above `cdktf.out/` / `cdk.out/`).
 */
export interface ProjectRoots {
  terraform: string[];
  cdktf: string[];
  awsCdk: string[];
}

/**
 * What the changed files of a pull request are. `byFile` follows the input order; `governance` lists every
 * governance match of every file, in that order. `problems` are governance globs that could not be used
 * and paths too long to match: treat them as unknown, not as safe.
 */
export interface FileClassification {
  infra: InfraSummary;
  governance: GovernanceMatch[];
  byFile: ClassifiedFile[];
  roots: ProjectRoots;
  problems: GlobProblem[];
}
