import type { SnapshotTemplate } from "../../model/index.js";
import type { ArtifactFinding } from "./artifact-diagnostic.js";
import { decodeJsonEntry, decodeTextEntry } from "./decode-json-entry.js";
import type { PlanManifest } from "./manifest-schema.js";
import { folderOf, joinPath } from "./repo-path.js";

/** A synthesized file (CDK for Terraform `cdk.tf.json`, a cloud assembly manifest) with its repository path and text. */
export interface SynthFile {
  path: string;
  text: string;
}

/** What one manifest's files hold: the parsed plan (when listed and readable), templates, synth files and findings. */
export interface ManifestFiles {
  plan?: { value: unknown };
  templates: SnapshotTemplate[];
  synthFiles: SynthFile[];
  findings: ArtifactFinding[];
}

/**
 * `readManifestFiles` reads the files a manifest at entry `manifestEntry` lists, relative to its folder: the plan
 * as JSON, each template's base and head as JSON, each synth file as UTF-8 text. A listed file that is absent (or
 * was refused while unzipping) or unreadable is an error finding and is left out; a template is kept only when
 * every file it lists was read. Templates and synth files are reported under `root`, as paths in the repository.
 */
export function readManifestFiles(manifestEntry: string, manifest: PlanManifest, entries: ReadonlyMap<string, Uint8Array>): ManifestFiles {
  const folder = folderOf(manifestEntry);
  const out: ManifestFiles = { templates: [], synthFiles: [], findings: [] };
  const bytesOf = (file: string): { entry: string; bytes: Uint8Array } | undefined => {
    const entry = joinPath(folder, file);
    const bytes = entries.get(entry);
    if (bytes === undefined) out.findings.push({ code: "artifact.entry-missing", entry, message: `manifest ${manifestEntry} lists ${file}, which the artifact does not hold (or which was refused)` });
    return bytes === undefined ? undefined : { entry, bytes };
  };
  const json = (file: string): { value: unknown } | undefined => {
    const found = bytesOf(file);
    if (found === undefined) return undefined;
    const decoded = decodeJsonEntry(found.entry, found.bytes);
    if ("finding" in decoded) out.findings.push(decoded.finding);
    return "value" in decoded ? decoded : undefined;
  };
  if (manifest.plan !== undefined) {
    const plan = json(manifest.plan);
    if (plan !== undefined) out.plan = plan;
  }
  for (const template of manifest.templates ?? []) {
    const base = template.base === undefined ? undefined : json(template.base);
    const head = template.head === undefined ? undefined : json(template.head);
    if ((template.base !== undefined && base === undefined) || (template.head !== undefined && head === undefined)) continue;
    const pair: SnapshotTemplate = { path: joinPath(manifest.root, template.path) };
    if (base !== undefined) pair.base = base.value;
    if (head !== undefined) pair.head = head.value;
    out.templates.push(pair);
  }
  for (const file of manifest.synth ?? []) {
    const found = bytesOf(file);
    const decoded = found === undefined ? undefined : decodeTextEntry(found.entry, found.bytes);
    if (decoded !== undefined && "finding" in decoded) out.findings.push(decoded.finding);
    else if (decoded !== undefined) out.synthFiles.push({ path: joinPath(manifest.root, file), text: decoded.text });
  }
  return out;
}
