// Writes schema/airlock.schema.json from the config's zod schema. With `--check`, writes nothing and exits 1
// when the committed file differs from a fresh generation (for CI).
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { configJsonSchema } from "../src/config/index.js";

const target = fileURLToPath(new URL("../schema/airlock.schema.json", import.meta.url));

async function main(): Promise<number> {
  const fresh = configJsonSchema();
  if (process.argv.includes("--check")) {
    const committed = await readFile(target, "utf8").catch(() => "");
    if (committed === fresh) return 0;
    console.error("schema/airlock.schema.json is out of date: run `npx tsx scripts/generate-json-schema.ts`");
    return 1;
  }
  await writeFile(target, fresh);
  console.log(`wrote ${target}`);
  return 0;
}

process.exitCode = await main();
