/** One `Key: value` line of a commit's trailer block. `key` is lower-cased (git keys are case-insensitive). */
export interface Trailer {
  key: string;
  /** The key as written, for quoting. */
  rawKey: string;
  value: string;
}

/**
 * `parseTrailers` returns the trailers of a commit message, in order. As in git, the trailer block is the
 * last paragraph of the message (after a blank line, never the subject paragraph), and it counts when at
 * least a quarter of its lines are `Key: value` trailers (keys are letters, digits and hyphens); other
 * lines are skipped, and lines starting with whitespace continue the previous value. CRLF and CR line
 * ends are accepted. Linear in the length of the message.
 */
export function parseTrailers(message: string): Trailer[] {
  const lines = message.split(/\r\n|\r|\n/);
  let end = lines.length;
  while (end > 0 && isBlank(lines[end - 1] ?? "")) end--;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1] ?? "")) start--;
  // The first paragraph holds the subject: a message without a blank line has no trailer block.
  if (start === 0 || start >= end) return [];
  return readBlock(lines.slice(start, end));
}

function readBlock(block: readonly string[]): Trailer[] {
  const trailers: Trailer[] = [];
  let trailerLines = 0;
  let otherLines = 0;
  let current: Trailer | undefined;
  for (const line of block) {
    if (current !== undefined && (line.startsWith(" ") || line.startsWith("\t"))) {
      current.value = `${current.value} ${line.trim()}`;
      continue;
    }
    current = parseTrailerLine(line);
    if (current === undefined) otherLines++;
    else {
      trailerLines++;
      trailers.push(current);
    }
  }
  return trailerLines * 3 >= otherLines ? trailers : [];
}

function parseTrailerLine(line: string): Trailer | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0) return undefined;
  const key = line.slice(0, colon).trimEnd();
  for (let i = 0; i < key.length; i++) {
    if (!isKeyChar(key.charCodeAt(i))) return undefined;
  }
  if (key.length === 0) return undefined;
  return { key: key.toLowerCase(), rawKey: key, value: line.slice(colon + 1).trim() };
}

function isKeyChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

function isBlank(line: string): boolean {
  return line.trim().length === 0;
}
