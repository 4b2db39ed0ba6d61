import { isJsonObject, nonEmptyString, objectList, type JsonObject } from "./json-values.js";

/** What the `"//"` metadata of one side of a `cdk.tf.json` says. */
export interface StackMetadata {
  /** Construct path (`MyStack/Database`) by resource address (`aws_db_instance.Database`, `data.x.y`). */
  constructPaths: Map<string, string>;
  /** The cdktf version from the top-level `"//".metadata.version`. */
  version?: string;
  stackName?: string;
}

/**
 * `readStackMetadata` reads the `"//"` keys cdktf writes into a `cdk.tf.json`: the top-level
 * `{ "//": { "metadata": { stackName, version } } }` and, on each resource and data source,
 * `{ "//": { "metadata": { "path": "<stack>/<construct path>", "uniqueId" } } }`. Text that is not JSON, or
 * metadata of another shape, reads as no metadata: the Terraform JSON itself is checked by the HCL diff.
 * Never throws.
 */
export function readStackMetadata(text: string): StackMetadata {
  const out: StackMetadata = { constructPaths: new Map() };
  const doc = parse(text);
  if (doc === undefined) return out;
  const top = metadataOf(doc);
  const version = nonEmptyString(top?.version);
  const stackName = nonEmptyString(top?.stackName);
  if (version !== undefined) out.version = version;
  if (stackName !== undefined) out.stackName = stackName;
  for (const group of objectList(doc.resource)) collect(group, "", out.constructPaths);
  for (const group of objectList(doc.data)) collect(group, "data.", out.constructPaths);
  return out;
}

/** `{ <type>: { <name>: body } }`, where each level may also be an array of such objects. */
function collect(group: JsonObject, prefix: string, into: Map<string, string>): void {
  for (const [type, byName] of Object.entries(group)) {
    if (type === "//") continue;
    for (const names of objectList(byName)) {
      for (const [name, bodies] of Object.entries(names)) {
        for (const body of objectList(bodies)) {
          const path = nonEmptyString(metadataOf(body)?.path);
          const address = `${prefix}${type}.${name}`;
          if (path !== undefined && !into.has(address)) into.set(address, path);
        }
      }
    }
  }
}

function metadataOf(body: JsonObject): JsonObject | undefined {
  const comment = body["//"];
  return isJsonObject(comment) && isJsonObject(comment.metadata) ? comment.metadata : undefined;
}

function parse(text: string): JsonObject | undefined {
  try {
    const value: unknown = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text);
    return isJsonObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
