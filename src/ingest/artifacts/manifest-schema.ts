import { z } from "zod";
import { entryNameProblem } from "./check-entry-name.js";

/** The file name that marks a folder of an artifact as one planned root. */
export const MANIFEST_NAME = "airlock-manifest.json";

/** What a manifest describes: a Terraform/OpenTofu plan, a CDK for Terraform stack, or CloudFormation templates. */
export const MANIFEST_KINDS = ["terraform-plan", "cdktf", "cloudformation"] as const;

/** The tools a manifest may name, and the kinds each may produce. */
export const TOOLS_OF_KIND = {
  "terraform-plan": ["terraform", "opentofu"],
  cdktf: ["cdktf"],
  cloudformation: ["aws-cdk"],
} as const satisfies Record<(typeof MANIFEST_KINDS)[number], readonly string[]>;

const TOOLS = ["terraform", "opentofu", "cdktf", "aws-cdk"] as const;
const MAX_FILES = 200;

function pathInside(what: string, allowDot = false) {
  return z
    .string({ error: `expected ${what} as a string` })
    .max(512, { error: `expected ${what} of at most 512 characters` })
    .superRefine((value, ctx) => {
      if (allowDot && value === ".") return;
      const problem = value.endsWith("/") ? "it ends with /" : entryNameProblem(value);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: `expected ${what}, but ${problem}` });
    });
}

const filePath = pathInside("a relative path of a file in the artifact, next to the manifest");

const rootPath = pathInside("the repository-relative directory the plan was made in (`.` for the repository root)", true);

const templateObject = z.strictObject({
  path: pathInside("the template's path relative to the root, as the synth wrote it"),
  base: filePath.optional(),
  head: filePath.optional(),
});

/** A template pair: a string is the head template alone (a new stack), found and reported under that path. */
const templateSchema = z.preprocess((value) => (typeof value === "string" ? { path: value, head: value } : value), templateObject);

/**
 * The `airlock-manifest.json` schema (version 1). Unknown keys are errors, so a typo cannot silently drop a file.
 * `plan`, `templates[].base|head` and `synth` are paths inside the artifact relative to the manifest's folder;
 * `root` and `templates[].path` describe the repository. Kind rules: `terraform-plan` needs `plan`, `cdktf` needs
 * `plan` or `synth`, `cloudformation` needs `templates`, and `tool` must fit the kind.
 */
export const manifestSchema = z
  .strictObject({
    version: z.literal(1, { error: "expected 1, the only manifest version Airlock reads" }),
    root: rootPath,
    kind: z.enum(MANIFEST_KINDS, { error: `expected one of ${MANIFEST_KINDS.join(", ")}` }),
    workspace: z.string().regex(/^[A-Za-z0-9._-]{1,90}$/, { error: "expected a Terraform workspace name" }).default("default"),
    environment: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { error: "expected an environment name of letters, digits, `.`, `-` and `_`" }).optional(),
    headSha: z.string().regex(/^[0-9a-fA-F]{40}$/, { error: "expected the 40-hex-digit commit SHA the plan was made at" }),
    tool: z.enum(TOOLS, { error: `expected one of ${TOOLS.join(", ")}` }),
    toolVersion: z.string().regex(/^v?[0-9][0-9A-Za-z.+-]{0,63}$/, { error: "expected a version like `1.11.4`" }),
    plan: filePath.optional(),
    templates: z.array(templateSchema).min(1).max(MAX_FILES).optional(),
    synth: z.array(filePath).min(1).max(MAX_FILES).optional(),
  })
  .superRefine((m, ctx) => {
    const tools: readonly string[] = TOOLS_OF_KIND[m.kind];
    if (!tools.includes(m.tool)) ctx.addIssue({ code: "custom", path: ["tool"], message: `expected ${tools.join(" or ")} for kind ${m.kind}` });
    if (m.kind === "terraform-plan" && m.plan === undefined) ctx.addIssue({ code: "custom", path: ["plan"], message: "expected the plan file (terraform show -json output) for kind terraform-plan" });
    if (m.kind === "cdktf" && m.plan === undefined && m.synth === undefined) ctx.addIssue({ code: "custom", path: ["plan"], message: "expected a plan or synth files for kind cdktf" });
    if (m.kind === "cloudformation" && m.templates === undefined) ctx.addIssue({ code: "custom", path: ["templates"], message: "expected the templates for kind cloudformation" });
    m.templates?.forEach((t, i) => {
      if (t.base === undefined && t.head === undefined) ctx.addIssue({ code: "custom", path: ["templates", i], message: "expected a base or head template file (or both)" });
    });
  });

/** A validated manifest. */
export type PlanManifest = z.infer<typeof manifestSchema>;
