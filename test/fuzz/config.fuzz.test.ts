import fc from "fast-check";
import { describe, it } from "vitest";
import { CONFIG_LIMITS, parseConfig, validateGlob, type AirlockConfig } from "../../src/config/index.js";
import { configValue, yamlText, YAML_TOKENS } from "./support/config-arbitraries.js";
import { checkProperty, testTimeoutMs, type FuzzTarget } from "./support/fuzz-options.js";
import { diagnosticProblems, failUnless } from "./support/ingest-checks.js";
import { applyEdits, editList } from "./support/mutate-text.js";

/** About 3 ms a case; the budget is a hang guard. */
const TARGET: FuzzTarget = { caseBudgetMs: 60 };
const SOURCE = ".github/airlock.yml";
const TOP_LEVEL_KEYS = ["mode", "gate", "agents", "environments", "approvals", "tamper", "labels", "comment", "plans", "override", "velocity", "freeze", "scoring"];
/** Codes of problems about the text or the whole file (no key path to give), and the summary line. */
const FILE_LEVEL_CODES = new Set(["config.too-large", "config.too-deep", "config.yaml-syntax", "config.yaml-aliases", "config.too-many-problems", "config.invalid-type"]);

const cases = fc
  .record({ value: configValue, style: fc.nat(3), edits: editList(YAML_TOKENS) })
  .map(({ value, style, edits }) => ({ ...value, text: applyEdits(yamlText(value.value, style), edits) }));

describe("parseConfig on generated and damaged configs", () => {
  it(
    "never throws, accepts every valid config, and explains every refusal with a located diagnostic",
    async () => {
      await checkProperty(
        fc.property(cases, ({ damaged, text }) => {
          const result = parseConfig({ text: text.text, source: SOURCE });
          if (result.ok) {
            failUnless(acceptedProblems(result.config), "accepted config");
            failUnless(result.warnings.flatMap(diagnosticProblems), "warnings");
            if (result.warnings.some((w) => w.level === "error")) throw new Error("an accepted config has an error");
          } else {
            if (!damaged && !text.mutated) throw new Error(`a valid config was refused: ${result.diagnostics.map((d) => d.message).join("; ")}`);
            failUnless(refusalProblems(result.diagnostics, text.text), "refusal");
          }
        }),
        TARGET,
      );
    },
    testTimeoutMs(TARGET),
  );
});

/** An accepted config is complete and obeys the limits the gate relies on. */
function acceptedProblems(config: AirlockConfig): string[] {
  const problems = TOP_LEVEL_KEYS.filter((key) => !(key in config)).map((key) => `missing ${key}`);
  const { namespace, enabled: _enabled, ...names } = config.labels;
  for (const [key, name] of Object.entries(names)) {
    const longest = key.endsWith("Prefix") ? `${name}critical` : name;
    if (longest.length > 50) problems.push(`label ${key} can be ${longest.length} characters`);
    if (!name.startsWith(namespace)) problems.push(`label ${key} is outside ${namespace}`);
  }
  const globs = [...config.environments.flatMap((e) => e.paths), ...config.tamper.paths];
  if (globs.length > CONFIG_LIMITS.maxGlobs) problems.push(`${globs.length} globs`);
  for (const glob of globs) {
    const why = validateGlob(glob);
    if (why !== undefined) problems.push(`accepted glob ${glob}: ${why}`);
  }
  return problems;
}

/** A refusal has errors, all about this file, at most the documented number, each located inside the text. */
function refusalProblems(diagnostics: readonly { level: string; file: string; line?: number; path?: string; code?: string }[], text: string): string[] {
  const problems = diagnostics.flatMap((d) => diagnosticProblems(d as never));
  if (!diagnostics.some((d) => d.level === "error")) problems.push("refused without an error");
  if (diagnostics.length > CONFIG_LIMITS.maxDiagnostics + 1) problems.push(`${diagnostics.length} diagnostics`);
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const d of diagnostics) {
    if (d.file !== SOURCE) problems.push(`diagnostic about ${d.file}`);
    if (d.line !== undefined && d.line > lines + 1) problems.push(`line ${d.line} of a ${lines}-line text`);
    if (d.level === "error" && !FILE_LEVEL_CODES.has(d.code ?? "") && d.path === undefined) problems.push(`${d.code ?? "an error"} without a key path`);
  }
  return problems;
}
