/**
 * `jsonKey` is a cache key for a plain JSON value (null, booleans, finite numbers, strings, arrays, objects
 * whose prototype is Object's or null): its JSON text with a type tag per node, so values that merely
 * serialise alike (a Date and its ISO string, `undefined` and a missing key) never share a key. Returns
 * undefined for anything else (a Date, a Map, a function, NaN, a cycle, nesting deeper than `maxDepth`),
 * which the caller then does not memoise.
 */
export function jsonKey(value: unknown, maxDepth = 64): string | undefined {
  const parts: string[] = [];
  const seen = new Set<object>();
  const write = (node: unknown, depth: number): boolean => {
    if (node === null) return parts.push("n") > 0;
    switch (typeof node) {
      case "boolean":
        return parts.push(node ? "t" : "f") > 0;
      case "number":
        return Number.isFinite(node) && parts.push(`#${node};`) > 0;
      case "string":
        return parts.push(JSON.stringify(node)) > 0;
      case "object":
        break;
      default:
        return false;
    }
    const object = node as object;
    if (depth >= maxDepth || seen.has(object)) return false;
    seen.add(object);
    let ok: boolean;
    if (Array.isArray(object)) {
      parts.push("[");
      ok = true;
      for (let i = 0; ok && i < object.length; i += 1) ok = i in object && write(object[i], depth + 1);
      parts.push("]");
    } else {
      const proto = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== null) return false;
      parts.push("{");
      ok = Object.entries(object).every(([key, item]) => item !== undefined && parts.push(JSON.stringify(key), ":") > 0 && write(item, depth + 1));
      parts.push("}");
    }
    seen.delete(object);
    return ok;
  };
  return write(value, 0) ? parts.join("") : undefined;
}
