import fc from "fast-check";
import { hostileText, identifier } from "./hostile-text.js";

/**
 * HCL-like text from a small grammar (blocks with labels, attributes, nested blocks, expressions of every kind
 * hcl2json meets in real configurations: references, templates, heredocs, for expressions, conditionals,
 * function calls, comments), and runs of nesting openers that probe the nesting screen in front of hcl2json.
 */

const TYPES = ["aws_db_instance", "aws_s3_bucket", "aws_iam_role", "aws_security_group", "null_resource", "google_sql_database_instance"];

/** Escapes a string for a quoted HCL literal. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\$\{/g, "$${").replace(/%\{/g, "%%{")}"`;
}

/** A label: usually a clean quoted name, sometimes hostile text quoted, sometimes hostile text raw. */
const label = fc.oneof(
  { weight: 8, arbitrary: identifier.map(quoted) },
  { weight: 1, arbitrary: hostileText(3).map(quoted) },
  { weight: 1, arbitrary: hostileText(2).map((t) => `"${t}"`) },
);

const reference = fc.oneof(
  fc.tuple(fc.constantFrom(...TYPES), identifier).map(([t, n]) => `${t}.${n}.id`),
  identifier.map((v) => `var.${v}`),
  identifier.map((l) => `local.${l}`),
  identifier.map((m) => `module.${m}.out`),
  identifier.map((d) => `data.aws_ami.${d}.id`),
);

const leaf = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom("true", "false", "null", "1.5e3"),
  identifier.map(quoted),
  hostileText(3).map(quoted),
  reference,
  fc.tuple(identifier, reference).map(([a, r]) => `"${a}-\${${r}}"`),
  fc.tuple(identifier, reference).map(([a, r]) => `"%{ if ${r} != "" }${a}%{ endif }"`),
  fc.tuple(fc.boolean(), hostileText(3)).map(([indent, body]) => `<<${indent ? "-" : ""}EOT\n${body.replace(/EOT/g, "E0T")}\nEOT\n`),
);

/** Expressions, nested a few levels. */
export const expression: fc.Arbitrary<string> = fc.letrec((tie) => ({
  expr: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    leaf,
    fc.array(tie("expr"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    fc.array(fc.tuple(identifier, tie("expr")), { maxLength: 3 }).map((pairs) => `{\n${pairs.map(([k, v]) => `    ${k} = ${v}`).join("\n")}\n  }`),
    fc.tuple(fc.constantFrom("lookup", "merge", "jsonencode", "try", "length"), fc.array(tie("expr"), { maxLength: 3 })).map(([f, args]) => `${f}(${args.join(", ")})`),
    fc.tuple(reference, tie("expr"), tie("expr")).map(([c, a, b]) => `${c} ? ${a} : ${b}`),
    fc.tuple(identifier, reference, tie("expr")).map(([x, list, body]) => `[for ${x} in ${list} : ${body}]`),
    fc.tuple(fc.constantFrom("!", "-"), tie("expr")).map(([op, e]) => `${op}${e}`),
    fc.tuple(tie("expr"), fc.constantFrom("+", "==", "&&", "*"), tie("expr")).map(([a, op, b]) => `(${a} ${op} ${b})`),
  ),
})).expr as fc.Arbitrary<string>;

const attribute = fc.tuple(fc.oneof({ weight: 5, arbitrary: identifier }, { weight: 1, arbitrary: fc.constantFrom("count", "for_each", "depends_on", "provider", "deletion_protection", "skip_final_snapshot") }), expression).map(([k, v]) => `  ${k} = ${v}\n`);

const lifecycle = fc
  .record({ prevent: fc.option(fc.boolean()), cbd: fc.option(fc.boolean()), ignore: fc.option(fc.constantFrom("all", "[tags]")) })
  .map(({ prevent, cbd, ignore }) => {
    const lines = [prevent === null ? "" : `    prevent_destroy = ${prevent}\n`, cbd === null ? "" : `    create_before_destroy = ${cbd}\n`, ignore === null ? "" : `    ignore_changes = ${ignore}\n`];
    return `  lifecycle {\n${lines.join("")}  }\n`;
  });

const nestedBlock = fc.tuple(fc.constantFrom("ingress", "tags", "dynamic \"setting\"", "timeouts"), fc.array(attribute, { maxLength: 2 })).map(([name, attrs]) => `  ${name} {\n${attrs.map((a) => `  ${a}`).join("")}  }\n`);

const body = fc.array(fc.oneof({ weight: 4, arbitrary: attribute }, { weight: 1, arbitrary: nestedBlock }, { weight: 1, arbitrary: lifecycle }), { maxLength: 4 }).map((items) => items.join(""));

const header = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom("resource", "data"), fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...TYPES).map(quoted) }, { weight: 1, arbitrary: label }), label).map(([k, t, n]) => `${k} ${t} ${n}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("module", "variable", "output", "provider"), label).map(([k, n]) => `${k} ${n}`) },
  { weight: 1, arbitrary: fc.constantFrom("locals", "terraform", "moved", "import", "check \"c\"") },
);

const comment = fc.tuple(fc.constantFrom("# ", "// ", "/* "), hostileText(3)).map(([c, t]) => (c === "/* " ? `/* ${t.replace(/\*\//g, "")} */\n` : `${c}${t.replace(/[\r\n\u2028\u2029]/g, " ")}\n`));

const block = fc.tuple(header, body).map(([h, b]) => `${h} {\n${b}}\n`);

/** A `.tf` file: blocks, top-level attributes (as in a `.tfvars`-like mistake) and comments. */
export const hclFile: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 8, arbitrary: block }, { weight: 1, arbitrary: comment }, { weight: 1, arbitrary: attribute }), { maxLength: 5 })
  .map((items) => items.join("\n"));

/** HCL-significant tokens for text mutations. */
export const HCL_TOKENS = ["{", "}", "[", "]", "(", ")", '"', "${", "%{", "<<EOT\n", "\nEOT\n", "#", "/*", "*/", "//", "\n", "=", ",", "\\", "?", ":", "!", "-", "...", "=>", "\u0000", "\ufeff"];

/** What can open a nesting level in HCL: the screen in front of hcl2json must count every one of them. */
const OPENERS = ["(", "[", "{", "${", "%{ if ", "!", "-", "a ? ", "[for x in y : ", '"${', "<<EOT\n${"];

/** A run of one opener repeated up to a few thousand times, sometimes closed again, put into an attribute. */
export const nestingRun: fc.Arbitrary<string> = fc
  .record({ opener: fc.constantFrom(...OPENERS), count: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 200, max: 4000 })), closed: fc.boolean() })
  .map(({ opener, count, closed }) => {
    const close = { "(": ")", "[": "]", "{": "}", "${": "}", '"${': '}"' }[opener] ?? "";
    return `resource "null_resource" "deep" {\n  v = ${opener.repeat(count)}1${closed ? close.repeat(count) : ""}\n}\n`;
  });
