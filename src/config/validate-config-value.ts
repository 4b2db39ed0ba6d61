import { hasErrors, type Diagnostic } from "../model/diagnostic.js";
import type { PathSegment } from "./config-issue.js";
import type { YamlPosition } from "./locate-yaml-path.js";
import { configSchema, type AirlockConfig } from "./schema.js";
import { semanticChecks } from "./semantic-checks.js";
import { shapeIssues } from "./shape-issues.js";
import { toConfigDiagnostics } from "./to-config-diagnostics.js";

/** The outcome of parsing a config: a defaulted config and its warnings, or every problem found. */
export type ParseConfigResult =
  | { ok: true; config: AirlockConfig; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * `validateConfigValue` runs the shape stage (the zod schema, strict) and then, on a well-shaped value, the
 * semantic stage. An absent value (`null`, `undefined`) is an empty config. `locate` ties key paths to
 * positions in the text the value came from; `warnings` from earlier stages are carried along.
 */
export function validateConfigValue(params: {
  value: unknown;
  source: string;
  locate?: (path: readonly PathSegment[]) => YamlPosition | undefined;
  warnings?: readonly Diagnostic[];
}): ParseConfigResult {
  const { source, locate } = params;
  const earlier = params.warnings ?? [];
  const parsed = configSchema.safeParse(params.value ?? {}, { reportInput: true });
  if (!parsed.success) {
    const issues = shapeIssues({ issues: parsed.error.issues, schema: configSchema });
    return { ok: false, diagnostics: [...toConfigDiagnostics({ issues, source, locate }), ...earlier] };
  }
  const { _extends: _ignored, ...config } = parsed.data;
  const diagnostics = [...toConfigDiagnostics({ issues: semanticChecks(config), source, locate }), ...earlier];
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, config, warnings: diagnostics };
}
