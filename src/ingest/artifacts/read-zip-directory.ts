/** One entry of a zip's central directory, as the archive declares it (nothing is inflated). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is unsupported. */
  compression: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  originalSize: number;
  /** Unix file type bits (`0o120000` for a symlink) when the entry was made on a Unix-like host, else undefined. */
  unixType: number | undefined;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/** The central directory, or why the bytes are not a readable zip. */
export type ZipDirectory = { entries: ZipEntry[]; declaredCount: number } | { problem: string };

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 65535;
const UNIX_HOSTS = new Set([3, 19]);

/**
 * `readZipDirectory` parses the end-of-central-directory record and the central directory of `bytes` the same way
 * fflate's `unzipSync` does (the last end record wins; zip64 sizes only in a zip64 archive), so both see the same
 * entries. When the archive declares more than `maxEntries` entries it stops before reading them, and returns
 * only the declared count. It never inflates anything and never throws.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(view);
  if (end === undefined) return { problem: "it is not a zip archive (no end of central directory record)" };
  let count = view.getUint16(end + 8, true);
  let offset = view.getUint32(end + 16, true);
  const zip64 = end >= 20 && view.getUint32(end - 20, true) === ZIP64_LOCATOR;
  if (zip64) {
    const record = view.getUint32(end - 12, true);
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) return { problem: "its zip64 end record is damaged" };
    count = readUint64(view, record + 32);
    offset = readUint64(view, record + 48);
  }
  if (count > maxEntries) return { entries: [], declaredCount: count };
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const entry = readCentralEntry(view, bytes, offset, zip64);
    if (typeof entry === "string") return { problem: `central directory entry ${i + 1} ${entry}` };
    entries.push(entry.entry);
    offset = entry.next;
  }
  return { entries, declaredCount: count };
}

function findEndRecord(view: DataView): number | undefined {
  const last = view.byteLength - 22;
  for (let e = last; e >= 0 && last - e <= MAX_COMMENT; e -= 1) {
    if (view.getUint32(e, true) === EOCD) return e;
  }
  return undefined;
}

function readCentralEntry(view: DataView, bytes: Uint8Array, at: number, zip64: boolean): { entry: ZipEntry; next: number } | string {
  if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return "is missing or damaged";
  const flags = view.getUint16(at + 8, true);
  const nameLength = view.getUint16(at + 28, true);
  const extraLength = view.getUint16(at + 30, true);
  const next = at + 46 + nameLength + extraLength + view.getUint16(at + 32, true);
  if (next > bytes.length) return "runs past the end of the archive";
  const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
  const sizes = { compressedSize: view.getUint32(at + 20, true), originalSize: view.getUint32(at + 24, true), localOffset: view.getUint32(at + 42, true) };
  if (zip64) readZip64Extra(view, at + 46 + nameLength, extraLength, sizes);
  const host = view.getUint8(at + 5);
  const mode = view.getUint32(at + 38, true) >>> 16;
  return {
    entry: {
      name: flags & 0x800 ? new TextDecoder().decode(nameBytes) : latin1(nameBytes),
      compression: view.getUint16(at + 10, true),
      flags,
      crc32: view.getUint32(at + 16, true),
      ...sizes,
      unixType: UNIX_HOSTS.has(host) && mode !== 0 ? mode & 0o170000 : undefined,
    },
    next,
  };
}

/** Replaces 0xFFFFFFFF placeholders with the 64-bit values of the zip64 extra field (id 1), in the order the format fixes. */
function readZip64Extra(view: DataView, start: number, length: number, sizes: { compressedSize: number; originalSize: number; localOffset: number }): void {
  const end = start + length;
  for (let at = start; at + 4 <= end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) !== 1) continue;
    let field = at + 4;
    const take = (value: number): number => {
      if (value !== 0xffffffff || field + 8 > end) return value;
      const wide = readUint64(view, field);
      field += 8;
      return wide;
    };
    sizes.originalSize = take(sizes.originalSize);
    sizes.compressedSize = take(sizes.compressedSize);
    sizes.localOffset = take(sizes.localOffset);
    return;
  }
}

/** Decodes bytes as ISO-8859-1, one code point per byte (not windows-1252, which TextDecoder calls latin1). */
function latin1(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}

function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

const LOCAL = 0x04034b50;

/**
 * `localHeaderProblem` checks that an entry's local header is where the central directory says, and that the
 * entry's compressed data fits in the archive; it returns why not, or undefined.
 */
export function localHeaderProblem(bytes: Uint8Array, entry: ZipEntry): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return "has no local header where the directory points";
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (dataStart + entry.compressedSize > bytes.length) return "has compressed data that runs past the end of the archive";
  return undefined;
}
