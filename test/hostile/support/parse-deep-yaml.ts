import { parseConfig } from "../../../src/config/index.js";
import { parseTemplateText } from "../../../src/ingest/cloudformation/index.js";

/**
 * Run as its own process by deep-yaml.test.ts: parses YAML whose flow collections nest `depth` levels deep
 * three times with the config parser or the CloudFormation template parser, and prints one JSON line per
 * attempt. A process that dies instead (the parser takes Node down) shows up as a non-zero exit in the test.
 * Shapes: `bare` is the nesting alone; `after-quoted` puts it after a quoted scalar that spans two lines
 * inside a flow sequence, where a line-by-line screen may take the closing quote for an opening one.
 */
const [kind, shape, depthArg] = process.argv.slice(2);
const nested = `${"[".repeat(Number(depthArg))}${"]".repeat(Number(depthArg))}`;
const text = shape === "after-quoted" ? `labels: [ "a\n  b", ${nested} ]\n` : nested;

for (let attempt = 1; attempt <= 3; attempt += 1) {
  if (kind === "config") {
    const result = parseConfig({ text, source: ".github/airlock.yml" });
    const first = result.ok ? undefined : result.diagnostics[0];
    console.log(JSON.stringify({ attempt, accepted: result.ok, code: first?.code, message: first?.message }));
  } else {
    const result = parseTemplateText({ path: "templates/stack.yaml", text });
    const refused = "diagnostic" in result;
    console.log(JSON.stringify({ attempt, accepted: !refused, code: refused ? result.diagnostic.code : undefined, message: refused ? result.diagnostic.message : undefined }));
  }
}
