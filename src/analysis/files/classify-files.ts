import type { InfraKind } from "../../model/verdict.js";
import type { ChangedFile, ClassifiedFile, FileClassification, GovernanceMatch } from "./file-classification.js";
import { createGovernanceMatcher, type GovernanceMatcher, type GovernanceParams } from "./governance-matcher.js";
import { indexProjects, type KnownProjectRoots, type ProjectIndex } from "./index-projects.js";
import { infraKindOf } from "./infra-kind-of.js";

/** Input of `classifyFiles`. */
export interface ClassifyFilesParams extends GovernanceParams {
  files: readonly ChangedFile[];
  /** Project folders found in the repository tree, so files of an unchanged project are recognised. */
  knownProjectRoots?: KnownProjectRoots;
}

interface RootSets {
  terraform: Set<string>;
  cdktf: Set<string>;
  awsCdk: Set<string>;
}

/**
 * `classifyFiles` tells which changed files are infrastructure (Terraform, OpenTofu, CDK for Terraform,
 * AWS CDK, CloudFormation; see `infraKindOf`) and which are governance (see `BUILT_IN_GOVERNANCE_RULES` and
 * `createGovernanceMatcher`). A rename counts on both paths: a file moved out of `.github/workflows/` or
 * out of a Terraform folder is still a change to it. Every listed file counts whatever its status (a
 * removed workflow changes governance as much as an edited one). Texts are sniffed from `head` and `base`
 * (the old path only from `base`), 64 KiB at most each. Options: `configPath` (default
 * `.github/airlock.yml`; `.github/airlock.yaml` always counts), `extendsPaths` (repository paths of files
 * the config extends), `planWorkflow` (path, or file name under `.github/workflows/`), `governancePaths`
 * (extra picomatch globs, bounded by `GLOB_LIMITS`). Pure, and linear in the number and length of the paths.
 */
export function classifyFiles(params: ClassifyFilesParams): FileClassification {
  const paths = params.files.flatMap((f) => (f.previousPath ? [f.path, f.previousPath] : [f.path]));
  const index = indexProjects({ paths, known: params.knownProjectRoots });
  const matcher = createGovernanceMatcher(params);
  const roots: RootSets = { terraform: new Set(), cdktf: new Set(), awsCdk: new Set() };
  const byFile = params.files.map((file) => classifyOne(file, index, matcher, roots));
  const kinds = new Set<InfraKind>();
  const infraFiles = new Set<string>();
  for (const file of byFile) {
    for (const kind of file.kinds) kinds.add(kind);
    if (file.kinds.length > 0) infraFiles.add(file.path);
  }
  return {
    infra: { touched: infraFiles.size > 0, kinds: [...kinds].sort(), files: [...infraFiles].sort() },
    governance: byFile.flatMap((file) => file.governance),
    byFile,
    roots: { terraform: [...roots.terraform].sort(), cdktf: [...roots.cdktf].sort(), awsCdk: [...roots.awsCdk].sort() },
    problems: matcher.problems,
  };
}

function classifyOne(file: ChangedFile, index: ProjectIndex, matcher: GovernanceMatcher, roots: RootSets): ClassifiedFile {
  const previous = file.previousPath && file.previousPath !== file.path ? file.previousPath : undefined;
  const sides = [{ path: file.path, texts: presentTexts(file.head, file.base) }];
  if (previous !== undefined) sides.push({ path: previous, texts: presentTexts(file.base) });
  const kinds = new Set<InfraKind>();
  const governance: GovernanceMatch[] = [];
  for (const side of sides) {
    const infra = infraKindOf({ path: side.path, texts: side.texts, index });
    for (const kind of infra.kinds) kinds.add(kind);
    if (infra.terraformDir !== undefined) roots.terraform.add(infra.terraformDir);
    if (infra.cdktfRoot !== undefined) roots.cdktf.add(infra.cdktfRoot);
    if (infra.awsCdkRoot !== undefined) roots.awsCdk.add(infra.awsCdkRoot);
    const hit = matcher.match(side.path);
    if (hit === undefined) continue;
    governance.push(side.path === file.path ? { path: side.path, ...hit } : { path: side.path, ...hit, renamedTo: file.path });
  }
  const out: ClassifiedFile = { path: file.path, kinds: [...kinds].sort(), governance };
  if (previous !== undefined) out.previousPath = previous;
  return out;
}

function presentTexts(...texts: (string | null | undefined)[]): string[] {
  return texts.filter((t): t is string => typeof t === "string");
}
