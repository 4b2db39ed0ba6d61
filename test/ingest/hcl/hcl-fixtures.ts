import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { IngestResult } from "../../../src/model/ingest-result.js";
import type { HclFileInput } from "../../../src/ingest/hcl/index.js";

const FIXTURES = fileURLToPath(new URL("../../../fixtures/hcl/", import.meta.url));

/** Every file of `fixtures/hcl/<scenario>` as a changed file `infra/<name>`, base/head text or null. */
export function loadHclFixture(scenario: string): HclFileInput[] {
  const dir = `${FIXTURES}${scenario}`;
  const names = new Set<string>();
  for (const side of ["base", "head"]) if (existsSync(`${dir}/${side}`)) for (const name of readdirSync(`${dir}/${side}`)) names.add(name);
  const read = (side: string, name: string): string | null => (existsSync(`${dir}/${side}/${name}`) ? readFileSync(`${dir}/${side}/${name}`, "utf8") : null);
  return [...names].sort().map((name) => ({ path: `infra/${name}`, base: read("base", name), head: read("head", name) }));
}

/** The scenario directories under `fixtures/hcl`. */
export function hclScenarios(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** `dependentsOf` lists the config addresses that reference `address` directly in root `root`. */
export function dependentsOf(result: IngestResult, root: string, address: string): string[] {
  return (result.graph.dependents.get(`${root}#${address}`) ?? []).map((id) => id.slice(root.length + 1)).sort();
}
