import { crc32 } from "node:zlib";
import { unzipSync, type UnzipFileInfo } from "fflate";
import type { Diagnostic } from "../../model/index.js";
import { artifactDiagnostic, type ArtifactFinding } from "./artifact-diagnostic.js";
import type { ArtifactLimits } from "./artifact-limits.js";
import { isDirectoryName } from "./check-entry-name.js";
import { entryRefusal } from "./check-zip-entry.js";
import { formatBytes } from "./format-bytes.js";
import { localHeaderProblem, readZipDirectory, type ZipEntry } from "./read-zip-directory.js";

/** The zip bytes of one artifact, its name for messages, and the limits it must stay within. */
export interface UnzipArtifactParams {
  artifact: string;
  bytes: Uint8Array;
  limits: ArtifactLimits;
}

/** The files read from an artifact (directories left out), by entry name, and every refusal as a diagnostic. */
export interface UnzippedArtifact {
  entries: Map<string, Uint8Array>;
  diagnostics: Diagnostic[];
}

/**
 * `unzipArtifact` reads an artifact zip in memory, refusing before inflating anything what the limits forbid.
 * Refused whole (no entries): bytes that are not a zip, more than `maxEntries` entries, duplicate names, a total
 * declared size over `maxTotalBytes`. Refused per entry (the rest is still read): unsafe names, symlinks and other
 * special files, encryption, unknown compression, a declared size over `maxEntryBytes`, a compression ratio over
 * `maxRatio`, a header whose sizes cannot be true. After inflating, an entry whose length or CRC-32 differs from its
 * header is dropped too (a lying header), and inflation never allocates more than the declared sizes. Every refusal
 * is an error diagnostic (`artifact.*`) naming the artifact, the entry and the limit. Pure; never throws.
 */
export function unzipArtifact(params: UnzipArtifactParams): UnzippedArtifact {
  const { artifact, bytes, limits } = params;
  const refuseAll = (findings: ArtifactFinding[]): UnzippedArtifact => ({ entries: new Map(), diagnostics: findings.map((f) => artifactDiagnostic(artifact, f)) });
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if ("problem" in directory) return refuseAll([{ code: "artifact.not-zip", message: `artifact ${artifact} cannot be read: ${directory.problem}` }]);
  if (directory.declaredCount > limits.maxEntries) {
    return refuseAll([{ code: "artifact.too-many-entries", message: `artifact ${artifact} holds ${directory.declaredCount} entries, over the ${limits.maxEntries}-entry limit` }]);
  }
  const archiveFindings = archiveRefusals(artifact, directory.entries, limits);
  if (archiveFindings.length > 0) return refuseAll(archiveFindings);
  const diagnostics: Diagnostic[] = [];
  const accepted = new Set<number>();
  directory.entries.forEach((entry, index) => {
    const refusal = entryRefusal(entry, limits) ?? localRefusal(bytes, entry);
    if (refusal !== undefined) diagnostics.push(artifactDiagnostic(artifact, { code: refusal.code, entry: entry.name, message: `entry ${entry.name} ${refusal.reason}` }));
    else if (!isDirectoryName(entry.name)) accepted.add(index);
  });
  const inflated = inflateAccepted(artifact, bytes, directory.entries, accepted);
  return { entries: inflated.entries, diagnostics: [...diagnostics, ...inflated.diagnostics] };
}

function archiveRefusals(artifact: string, entries: readonly ZipEntry[], limits: ArtifactLimits): ArtifactFinding[] {
  const findings: ArtifactFinding[] = [];
  const seen = new Set<string>();
  for (const { name } of entries) {
    if (seen.has(name)) findings.push({ code: "artifact.duplicate-entry", entry: name, message: `artifact ${artifact} holds more than one entry named ${name}` });
    seen.add(name);
  }
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limits.maxTotalBytes) {
    findings.push({ code: "artifact.too-large", message: `the entries of artifact ${artifact} declare ${formatBytes(total)} in total, over the ${formatBytes(limits.maxTotalBytes)} limit` });
  }
  return findings;
}

function localRefusal(bytes: Uint8Array, entry: ZipEntry): { code: string; reason: string } | undefined {
  if (isDirectoryName(entry.name)) return undefined;
  const problem = localHeaderProblem(bytes, entry);
  return problem === undefined ? undefined : { code: "artifact.corrupt", reason: problem };
}

/** Runs fflate on the accepted entries only; its filter also checks that fflate sees the same directory as Airlock. */
function inflateAccepted(artifact: string, bytes: Uint8Array, entries: readonly ZipEntry[], accepted: ReadonlySet<number>): UnzippedArtifact {
  const out: UnzippedArtifact = { entries: new Map(), diagnostics: [] };
  if (accepted.size === 0) return out;
  let index = 0;
  let current: ZipEntry | undefined;
  let disagreement = false;
  const filter = (info: UnzipFileInfo): boolean => {
    const expected = entries[index];
    index += 1;
    if (expected === undefined || !sameEntry(info, expected)) disagreement = true;
    current = expected;
    return !disagreement && accepted.has(index - 1);
  };
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter });
  } catch {
    const entry = current?.name;
    const message = `entry ${entry ?? "?"} cannot be inflated: its compressed data is damaged or longer than its header declares`;
    return { entries: new Map(), diagnostics: [artifactDiagnostic(artifact, { code: "artifact.corrupt", entry, message })] };
  }
  if (disagreement) {
    return { entries: new Map(), diagnostics: [artifactDiagnostic(artifact, { code: "artifact.corrupt", message: `artifact ${artifact} has an ambiguous central directory` })] };
  }
  for (const i of accepted) {
    const entry = entries[i];
    const data = entry === undefined ? undefined : files[entry.name];
    if (entry === undefined || data === undefined) continue;
    if (data.length === entry.originalSize && crc32(data) >>> 0 === entry.crc32) out.entries.set(entry.name, data);
    else out.diagnostics.push(artifactDiagnostic(artifact, { code: "artifact.lying-header", entry: entry.name, message: lyingMessage(entry, data) }));
  }
  return out;
}

function sameEntry(info: UnzipFileInfo, entry: ZipEntry): boolean {
  return info.name === entry.name && info.size === entry.compressedSize && info.originalSize === entry.originalSize && info.compression === entry.compression;
}

function lyingMessage(entry: ZipEntry, data: Uint8Array): string {
  const what = data.length === entry.originalSize ? "different data than its checksum (or more than it declares)" : `${formatBytes(data.length)}`;
  return `entry ${entry.name} declares ${formatBytes(entry.originalSize)} but inflates to ${what}: its header lies`;
}
