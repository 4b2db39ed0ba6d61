import type { z } from "zod";
import type { PathSegment } from "./config-issue.js";

// The parts of a zod 4 schema definition needed to walk a config schema (zod documents `_zod.def` for
// introspection); the cast is confined to `defOf`.
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const WRAPPERS = new Set(["default", "prefault", "optional", "nullable", "readonly", "nonoptional"]);

/**
 * `keysAtPath` lists the keys the mapping at `path` of `schema` accepts, or an empty list when `path` does
 * not lead to a strict mapping (a record, a list, a scalar). It serves "did you mean" hints.
 */
export function keysAtPath(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (current === undefined) return [];
    current = childOf(unwrap(current), segment);
  }
  if (current === undefined) return [];
  const shape = defOf(unwrap(current)).shape;
  return shape === undefined ? [] : Object.keys(shape);
}

function childOf(schema: z.ZodType, segment: PathSegment): z.ZodType | undefined {
  const def = defOf(schema);
  if (def.type === "object" && typeof segment === "string") return def.shape?.[segment];
  if (def.type === "array" && typeof segment === "number") return def.element;
  if (def.type === "record" && typeof segment === "string") return def.valueType;
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); WRAPPERS.has(def.type) && def.innerType !== undefined; def = defOf(current)) {
    current = def.innerType;
  }
  return current;
}

function defOf(schema: z.ZodType): SchemaDef {
  return schema._zod.def as unknown as SchemaDef;
}
