import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../fixtures/config/", import.meta.url));

/** Reads fixtures/config/<kind>/<name>.yml. */
export function loadConfigFixture(kind: "valid" | "invalid", name: string): string {
  return readFileSync(`${root}${kind}/${name}.yml`, "utf8");
}

/** Lists the fixture names (without `.yml`) of fixtures/config/<kind>. */
export function listConfigFixtures(kind: "valid" | "invalid"): string[] {
  return readdirSync(`${root}${kind}`)
    .filter((f) => f.endsWith(".yml"))
    .map((f) => f.slice(0, -".yml".length))
    .sort();
}
