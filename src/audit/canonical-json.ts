/**
 * `canonicalJson` serialises plain JSON data with a stable shape: object keys sorted by UTF-16 code unit
 * (recursively), no whitespace, numbers and strings as `JSON.stringify` writes them. Two equal values always
 * give the same text, so the text can be hashed. Object properties whose value is `undefined` are omitted
 * (as `JSON.stringify` does); anything else that JSON cannot represent faithfully — `undefined` in an
 * array, non-finite numbers, bigints, functions, symbols, class instances such as `Date`, cycles — throws a
 * TypeError naming the path, rather than silently changing what is recorded.
 */
export function canonicalJson(value: unknown): string {
  return write(value, "$", new Set());
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${path} is not a finite number`);
      return JSON.stringify(value);
    case "object":
      return writeObject(value, path, ancestors);
    default:
      throw new TypeError(`canonical JSON: ${path} is a ${typeof value}, not JSON data`);
  }
}

function writeObject(value: object, path: string, ancestors: Set<object>): string {
  if (ancestors.has(value)) throw new TypeError(`canonical JSON: ${path} is a cycle`);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      return `[${value.map((item, index) => {
        if (item === undefined) throw new TypeError(`canonical JSON: ${path}[${index}] is undefined`);
        return write(item, `${path}[${index}]`, ancestors);
      }).join(",")}]`;
    }
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`canonical JSON: ${path} is not a plain object`);
    }
    const record = value as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      if (record[key] === undefined) continue;
      members.push(`${JSON.stringify(key)}:${write(record[key], `${path}.${key}`, ancestors)}`);
    }
    return `{${members.join(",")}}`;
  } finally {
    ancestors.delete(value);
  }
}
