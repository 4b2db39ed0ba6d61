import { z } from "zod";
import { configSchema } from "./schema.js";

/**
 * `configJsonSchema` renders the config schema as JSON Schema (draft 2020-12) for editors that validate
 * `.github/airlock.yml` as it is typed. It describes the file as written (`io: "input"`), so keys with
 * defaults are optional and show their default. The text ends with a newline, as committed.
 */
export function configJsonSchema(): string {
  const schema = z.toJSONSchema(configSchema, { io: "input", target: "draft-2020-12" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
