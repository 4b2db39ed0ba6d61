import type { Diagnostic, SnapshotPlan, SnapshotTemplate } from "../../model/index.js";
import { artifactDiagnostic } from "./artifact-diagnostic.js";
import { MANIFEST_NAME, type PlanManifest } from "./manifest-schema.js";
import { parseManifest } from "./parse-manifest.js";
import { readManifestFiles, type SynthFile } from "./read-manifest-files.js";

/** Where an artifact came from, copied into each plan's `origin` for the audit trail. */
export interface ArtifactOrigin {
  /** The artifact name (`airlock-plan-envs-prod`). */
  name: string;
  /** GitHub's digest of the zip, `sha256:<hex>`, when known. */
  digest?: string | undefined;
  /** The workflow file that produced it. */
  workflow?: string | undefined;
  runId?: number | undefined;
}

/** A validated manifest and where it was found. */
export interface ArtifactManifest {
  artifact: string;
  entry: string;
  manifest: PlanManifest;
}

/** Inputs of readPlanArtifact: the unzipped entries of one artifact and the commit its plans must be for. */
export interface ReadPlanArtifactParams {
  artifact: ArtifactOrigin;
  entries: ReadonlyMap<string, Uint8Array>;
  /** The pull request head SHA (which the workflow run was for). */
  headSha: string;
  /** `rootKey`s already read from other artifacts of the same run: planning one of them again is a duplicate. */
  claimedRoots?: ReadonlySet<string> | undefined;
}

/** What one artifact holds, ready for a PullRequestSnapshot, with every problem as a diagnostic. */
export interface PlanArtifactContents {
  plans: SnapshotPlan[];
  templates: SnapshotTemplate[];
  synthFiles: SynthFile[];
  manifests: ArtifactManifest[];
  diagnostics: Diagnostic[];
  /** Roots whose manifest names another commit than `headSha`: their files were not read. */
  staleRoots: string[];
}

/**
 * `readPlanArtifact` finds every `airlock-manifest.json` in an artifact (at the top or in a folder per root),
 * validates it, and reads the files it lists relative to its folder. A plan becomes a SnapshotPlan named after the
 * manifest's `root`, with its head SHA, environment and origin (artifact, digest, workflow, run). Refused, with an
 * error diagnostic: an artifact without a manifest, an invalid manifest, a manifest for another commit (stale: its
 * files are not read), a second manifest for the same root and workspace
 * (in this artifact or among `claimedRoots`). Pure; never throws.
 */
export function readPlanArtifact(params: ReadPlanArtifactParams): PlanArtifactContents {
  const { artifact, entries } = params;
  const out: PlanArtifactContents = { plans: [], templates: [], synthFiles: [], manifests: [], diagnostics: [], staleRoots: [] };
  const report = (finding: Parameters<typeof artifactDiagnostic>[1]): void => void out.diagnostics.push(artifactDiagnostic(artifact.name, finding));
  const manifestEntries = [...entries.keys()].filter((e) => e === MANIFEST_NAME || e.endsWith(`/${MANIFEST_NAME}`)).sort();
  if (manifestEntries.length === 0) {
    report({ code: "artifact.no-manifest", message: `artifact ${artifact.name} holds no ${MANIFEST_NAME}, so Airlock cannot tell what it contains` });
  }
  const seenRoots = new Set<string>();
  for (const entry of manifestEntries) {
    const parsed = parseManifest(entry, entries.get(entry) ?? new Uint8Array());
    if ("findings" in parsed) {
      parsed.findings.forEach(report);
      continue;
    }
    const { manifest } = parsed;
    if (manifest.headSha.toLowerCase() !== params.headSha.toLowerCase()) {
      out.staleRoots.push(manifest.root);
      report({ code: "artifact.stale", entry, message: `manifest ${entry} is for commit ${manifest.headSha.slice(0, 7)}, not the pull request head ${params.headSha.slice(0, 7)}: its plan of ${manifest.root} is stale` });
      continue;
    }
    const key = rootKey(manifest);
    if (seenRoots.has(key) || params.claimedRoots?.has(key)) {
      report({ code: "artifact.duplicate-root", entry, message: `manifest ${entry} plans ${manifest.root} (workspace ${manifest.workspace}) a second time; only the first plan is read` });
      continue;
    }
    seenRoots.add(key);
    out.manifests.push({ artifact: artifact.name, entry, manifest });
    const files = readManifestFiles(entry, manifest, entries);
    files.findings.forEach(report);
    if (files.plan !== undefined) out.plans.push(toSnapshotPlan(manifest, files.plan.value, artifact));
    out.templates.push(...files.templates);
    out.synthFiles.push(...files.synthFiles);
  }
  return out;
}

/** `rootKey` identifies what a manifest plans: its root and workspace (two workspaces of one root are two plans). */
export function rootKey(manifest: Pick<PlanManifest, "root" | "workspace">): string {
  return `${manifest.root}\u0000${manifest.workspace}`;
}

function toSnapshotPlan(manifest: PlanManifest, plan: unknown, artifact: ArtifactOrigin): SnapshotPlan {
  const origin: NonNullable<SnapshotPlan["origin"]> = { artifact: artifact.name };
  if (artifact.workflow !== undefined) origin.workflow = artifact.workflow;
  if (artifact.runId !== undefined) origin.runId = artifact.runId;
  if (artifact.digest !== undefined) origin.digest = artifact.digest;
  const out: SnapshotPlan = { name: manifest.root, headSha: manifest.headSha.toLowerCase(), plan, origin };
  if (manifest.environment !== undefined) out.environment = manifest.environment;
  return out;
}
