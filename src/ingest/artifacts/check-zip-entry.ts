import type { ArtifactLimits } from "./artifact-limits.js";
import { entryNameProblem, isDirectoryName } from "./check-entry-name.js";
import { formatBytes } from "./format-bytes.js";
import type { ZipEntry } from "./read-zip-directory.js";

/** Why one entry is refused: an `artifact.*` code and a sentence that starts after "entry <name> ". */
export interface EntryRefusal {
  code: string;
  reason: string;
}

const S_IFMT_REGULAR = 0o100000;
const S_IFMT_DIRECTORY = 0o040000;
const S_IFMT_SYMLINK = 0o120000;

/**
 * `entryRefusal` checks one declared entry against the limits before anything is inflated: a safe name, a regular
 * file or directory (no symlinks or devices), no encryption, stored or deflate compression, a declared size within
 * `maxEntryBytes`, a compressed size that deflate could really produce for the declared size (else the header
 * lies), and a compression ratio within `maxRatio` for entries over `ratioFloorBytes`. Undefined means accepted.
 */
export function entryRefusal(entry: ZipEntry, limits: ArtifactLimits): EntryRefusal | undefined {
  const nameProblem = entryNameProblem(entry.name);
  if (nameProblem !== undefined) return { code: "artifact.unsafe-name", reason: `is refused: ${nameProblem}` };
  if (entry.unixType === S_IFMT_SYMLINK) return { code: "artifact.symlink", reason: "is a symbolic link, which Airlock does not follow" };
  if (entry.unixType !== undefined && entry.unixType !== S_IFMT_REGULAR && entry.unixType !== S_IFMT_DIRECTORY) {
    return { code: "artifact.special-file", reason: "is not a regular file (a device, socket or pipe)" };
  }
  if (isDirectoryName(entry.name)) {
    return entry.originalSize === 0 ? undefined : { code: "artifact.lying-header", reason: `is a directory that declares ${formatBytes(entry.originalSize)} of content` };
  }
  if ((entry.flags & 0x41) !== 0) return { code: "artifact.encrypted", reason: "is encrypted" };
  if (entry.compression !== 0 && entry.compression !== 8) {
    return { code: "artifact.unsupported-compression", reason: `uses compression method ${entry.compression}; only stored and deflate are read` };
  }
  return sizeRefusal(entry, limits);
}

function sizeRefusal(entry: ZipEntry, limits: ArtifactLimits): EntryRefusal | undefined {
  const { originalSize, compressedSize } = entry;
  if (originalSize > limits.maxEntryBytes) {
    return { code: "artifact.entry-too-large", reason: `declares ${formatBytes(originalSize)}, over the ${formatBytes(limits.maxEntryBytes)} limit` };
  }
  if (entry.compression === 0 ? compressedSize !== originalSize : compressedSize > largestEncoding(originalSize)) {
    return {
      code: "artifact.lying-header",
      reason: `declares ${formatBytes(originalSize)} but carries ${formatBytes(compressedSize)} of compressed data: its header lies about its size`,
    };
  }
  if (originalSize > limits.ratioFloorBytes && originalSize > limits.maxRatio * compressedSize) {
    const ratio = compressedSize === 0 ? "an unbounded" : `a ${Math.round(originalSize / compressedSize)}:1`;
    return {
      code: "artifact.zip-bomb",
      reason: `declares ${formatBytes(originalSize)} packed into ${formatBytes(compressedSize)}, ${ratio} compression ratio over the ${limits.maxRatio}:1 limit (a zip bomb?)`,
    };
  }
  return undefined;
}

/** The most bytes an honest deflate encoder writes for `size` bytes: the data itself plus 5 bytes per stored block. */
function largestEncoding(size: number): number {
  return size + 5 * Math.ceil(size / 16384) + 64;
}
