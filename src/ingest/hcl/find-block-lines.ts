import type { BlockHeader, BlockLocation, ParsedFile } from "./hcl-types.js";

/** Per-file lookup tables, built on first use so files without changes cost nothing. */
const indexes = new WeakMap<ParsedFile, Map<string, number[]>>();
const SEP = "\u0000";

/**
 * `findBlockLine` returns the 1-based line of a block header (`resource "aws_db_instance" "main" {`) or of a
 * named child inside it (a local value, `backend`), or undefined when it cannot be found. HCL lines come from
 * the source scan; `.tf.json` lines from one pass over the JSON keys. Each file is indexed once.
 */
export function findBlockLine(location: BlockLocation): number | undefined {
  const { file } = location;
  let index = indexes.get(file);
  if (index === undefined) {
    index = file.json ? indexJsonKeys(file.text) : indexHeaders(file.headers);
    indexes.set(file, index);
  }
  const path = [location.keyword, ...location.labels];
  if (file.json) {
    const withChild = location.child === undefined ? undefined : index.get([...path, location.child].join(SEP))?.[0];
    return withChild ?? index.get(path.join(SEP))?.[0];
  }
  const lines = index.get(path.join(SEP));
  const header = lines === undefined ? undefined : file.headers[lines[location.occurrence] ?? lines[0] ?? -1];
  if (header === undefined) return undefined;
  return (location.child === undefined ? undefined : header.children.get(location.child)) ?? header.line;
}

/** Maps `keyword␀label…` to the positions of matching headers in `headers`, in source order. */
function indexHeaders(headers: readonly BlockHeader[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  headers.forEach((header, position) => {
    const key = [header.keyword, ...header.labels].join(SEP);
    const list = index.get(key);
    if (list === undefined) index.set(key, [position]);
    else list.push(position);
  });
  return index;
}

/** Maps object-key paths up to four levels deep (`resource␀aws_s3_bucket␀logs`) to the line of their first key. */
function indexJsonKeys(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  const containers: boolean[] = []; // true for an object: arrays between objects do not add a key level
  const path: string[] = [];
  let objects = 0;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "\n") line += 1;
    else if (c === "{" || c === "[") {
      containers.push(c === "{");
      if (c === "{") objects += 1;
    } else if (c === "}" || c === "]") {
      if (containers.pop() === true) objects -= 1;
    } else if (c === '"') {
      const end = closingQuote(text, i);
      if (containers[containers.length - 1] === true && objects <= 4 && isKey(text, end + 1)) {
        path.length = objects - 1;
        path.push(text.slice(i + 1, end));
        const key = path.join(SEP);
        if (!index.has(key)) index.set(key, [line]);
      }
      i = end;
    }
  }
  return index;
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === "\\") i += 1;
    else if (text[i] === '"' || text[i] === "\n") return i;
  }
  return text.length;
}

function isKey(text: string, start: number): boolean {
  let i = start;
  while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i += 1;
  return text[i] === ":";
}
