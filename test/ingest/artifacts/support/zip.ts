import { strToU8, zipSync, type Zippable, type ZippableFile } from "fflate";

/** A file for `zipOf`: text, bytes, bytes with fflate options (`level`, `os`, `attrs`), or `{}` for an empty directory. */
export type ZipInput = string | Uint8Array | ZippableFile | Record<string, never>;

/** `zipOf` builds real zip bytes with fflate's `zipSync` from `{ name: content }` (deflate, level 6 by default). */
export function zipOf(files: Record<string, ZipInput>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === "string" ? strToU8(content) : (content as Zippable[string]);
  return zipSync(zippable, { level: 6 });
}

/** Fields of a central directory entry that `patchCentral` can overwrite. */
export interface CentralPatch {
  name?: string;
  crc32?: number;
  compressedSize?: number;
  originalSize?: number;
  externalAttributes?: number;
  madeByHost?: number;
  compression?: number;
}

/**
 * `patchCentral` rewrites fields of the central directory entry named `name` in a copy of `zip`, the way an
 * attacker hand-crafts a header: sizes, checksum, attributes or the name itself (same length only).
 */
export function patchCentral(zip: Uint8Array, name: string, patch: CentralPatch): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const end = out.length - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error("zip has a comment; patchCentral expects none");
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      if (patch.name !== undefined) {
        if (patch.name.length !== nameLength) throw new Error("patchCentral renames only to a name of the same length");
        out.set(strToU8(patch.name), at + 46);
      }
      if (patch.madeByHost !== undefined) view.setUint8(at + 5, patch.madeByHost);
      if (patch.compression !== undefined) view.setUint16(at + 10, patch.compression, true);
      if (patch.crc32 !== undefined) view.setUint32(at + 16, patch.crc32, true);
      if (patch.compressedSize !== undefined) view.setUint32(at + 20, patch.compressedSize, true);
      if (patch.originalSize !== undefined) view.setUint32(at + 24, patch.originalSize, true);
      if (patch.externalAttributes !== undefined) view.setUint32(at + 38, patch.externalAttributes, true);
      return out;
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name} in the zip`);
}

/** `centralField` reads a 32-bit field (`crc32` or a size) of the entry named `name`, for tests that forge a consistent header. */
export function centralField(zip: Uint8Array, name: string, field: "crc32" | "compressedSize" | "originalSize"): number {
  const offsets = { crc32: 16, compressedSize: 20, originalSize: 24 };
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) return view.getUint32(at + offsets[field], true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name} in the zip`);
}
