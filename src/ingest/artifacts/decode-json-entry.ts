import { lineColumnAt } from "../json/json-position.js";
import { locateJsonError } from "../json/locate-json-error.js";
import type { ArtifactFinding } from "./artifact-diagnostic.js";

/** A JSON value read from an entry, or the finding that says why it could not be read. */
export type DecodedEntry = { value: unknown } | { finding: ArtifactFinding };

/**
 * `decodeTextEntry` decodes entry bytes as UTF-8 (a leading byte-order mark is dropped), or returns an
 * `artifact.not-utf8` finding.
 */
export function decodeTextEntry(entry: string, bytes: Uint8Array): { text: string } | { finding: ArtifactFinding } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { finding: { code: "artifact.not-utf8", entry, message: `entry ${entry} is not UTF-8 text` } };
  }
}

/**
 * `decodeJsonEntry` decodes entry bytes as UTF-8 JSON. A syntax error gives an `artifact.not-json` finding with
 * the line and column of the first error; the parser's own message is never repeated, because V8 quotes the input
 * and a plan can hold secrets. Entry sizes are bounded by the unzip limits, so parsing is bounded too.
 */
export function decodeJsonEntry(entry: string, bytes: Uint8Array): DecodedEntry {
  const decoded = decodeTextEntry(entry, bytes);
  if ("finding" in decoded) return decoded;
  const { text } = decoded;
  if (text.trim() === "") return { finding: { code: "artifact.not-json", entry, message: `entry ${entry} is empty, not JSON` } };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const located = locateJsonError(text);
    const where = located === undefined ? undefined : lineColumnAt(text, located.offset);
    const at = where === undefined ? "" : ` at line ${where.line}, column ${where.column}`;
    const why = located?.truncated ? "it ends early (cut off?)" : "syntax error";
    return { finding: { code: "artifact.not-json", entry, message: `entry ${entry} is not valid JSON: ${why}${at}`, line: where?.line, column: where?.column } };
  }
}
