import { asObjectList, asStringList } from "./read-attribute.js";
import type { WideningFinding } from "./widening-finding.js";

/** Which kind of policy a document is: attached to an identity, attached to a resource, or a role's trust policy. */
export type PolicyContext = "identity" | "resource" | "trust";

/** A policy statement reduced to what widening checks need. */
export interface PolicyStatement {
  allow: boolean;
  actions: string[];
  notActions: boolean;
  resources: string[];
  publicPrincipal: boolean;
  conditioned: boolean;
}

const MAX_POLICY_CHARS = 200_000;
const READ_VERB = /^[\w-]+:(Get|List|Describe|Head|View|Read|Query|Scan|Search|Lookup|BatchGet|Select|Check|Validate|Simulate)/i;

/**
 * `policyFindings` inspects an IAM policy document: an object, a JSON string (parsed defensively), or HCL
 * expression text like `${jsonencode({...})}`, which only gets a conservative textual check. Deny statements
 * are ignored in parsed documents.
 */
export function policyFindings(document: unknown, context: PolicyContext): WideningFinding[] {
  if (typeof document === "string") {
    if (document.length > MAX_POLICY_CHARS || !mayWiden(document)) return [];
    const parsed = parseJson(document);
    if (parsed !== undefined) return statementFindings(statementsOf(parsed), context, "");
    return document.includes("${") ? statementFindings([textualStatement(document)], context, " (read from an expression: checked as text only)") : [];
  }
  return statementFindings(statementsOf(document), context, "");
}

/** `statementsOf` normalises a parsed policy document's `Statement` (an object or a list). */
export function statementsOf(document: unknown): PolicyStatement[] {
  if (typeof document !== "object" || document === null) return [];
  const raw = (document as Record<string, unknown>).Statement;
  return asObjectList(raw).map((s) => ({
    allow: s.Effect !== "Deny",
    actions: asStringList(s.Action ?? s.NotAction),
    notActions: s.Action === undefined && s.NotAction !== undefined,
    resources: asStringList(s.Resource),
    publicPrincipal: isPublicPrincipal(s.Principal),
    conditioned: s.Condition !== undefined,
  }));
}

/** `statementFindings` turns Allow statements into findings; `note` is appended to every detail. */
export function statementFindings(statements: readonly PolicyStatement[], context: PolicyContext, note: string): WideningFinding[] {
  const findings: WideningFinding[] = [];
  for (const s of statements) {
    if (!s.allow) continue;
    const admin = s.actions.some((a) => a === "*" || a === "*:*");
    if (admin && !s.notActions) {
      findings.push({ key: "iam-admin", rule: "widening.iam-wildcard", weight: "iamAdmin", detail: `allows "Action": "*" (every action)${note}`, checks: "Checkov CKV_AWS_62/CKV_AWS_63/CKV_AWS_1/CKV_AWS_49, Trivy AWS-0057" });
    } else if (s.notActions) {
      findings.push({ key: "iam-not-action", rule: "widening.iam-wildcard", weight: "iamServiceWildcard", detail: `allows every action except a list ("NotAction" with Allow)${note}`, checks: "Trivy AWS-0057" });
    }
    for (const action of s.actions) {
      if (action.toLowerCase() === "iam:*") {
        findings.push({ key: "iam-full-access", rule: "widening.iam-wildcard", weight: "iamFullAccess", detail: `allows "iam:*": it can grant itself any permission${note}`, checks: "Checkov CKV2_AWS_40, Trivy AWS-0057" });
      } else if (/^[\w-]+:\*$/.test(action)) {
        findings.push({ key: `iam-service:${action.toLowerCase()}`, rule: "widening.iam-wildcard", weight: "iamServiceWildcard", detail: `allows "${action}" (every action of the service)${note}`, checks: "Trivy AWS-0057" });
      }
    }
    if (context === "identity" && !admin && s.resources.includes("*") && s.actions.some((a) => !READ_VERB.test(a))) {
      findings.push({ key: "iam-wildcard-resource", rule: "widening.iam-wildcard-resource", weight: "iamWildcardResource", detail: `allows write actions on "Resource": "*"${note}`, checks: "Checkov CKV_AWS_355/CKV_AWS_356" });
    }
    if (context !== "identity" && s.publicPrincipal) {
      const conditioned = s.conditioned ? " with a Condition (check that it really restricts access)" : "";
      findings.push({ key: "public-principal", rule: "widening.public-principal", weight: "publicPrincipal", detail: `allows "Principal": "*" (anyone)${conditioned}${note}`, checks: context === "trust" ? "Checkov CKV_AWS_60" : "Checkov CKV_AWS_33/CKV_AWS_387" });
    }
  }
  return findings;
}

/**
 * Every finding needs a whole-value wildcard (`"*"`, `"svc:*"`) or `NotAction`; text with none of them cannot
 * widen anything, so most policies are never parsed. `\u` escapes could spell a wildcard, so they are parsed.
 */
function mayWiden(text: string): boolean {
  return text.includes('"*"') || text.includes(':*"') || text.includes("NotAction") || text.includes("\\u");
}

function isPublicPrincipal(principal: unknown): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  const aws = (principal as Record<string, unknown>).AWS;
  return asStringList(aws).includes("*");
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return undefined;
  }
}

/** A conservative reading of policy text that cannot be parsed: every statement counts as Allow. */
function textualStatement(text: string): PolicyStatement {
  const actions = valuesOf(text, /(?<!\w)["']?Action["']?\s*[:=]\s*(\[[^\]]*\]|"[^"]*")/g);
  const notActions = valuesOf(text, /["']?NotAction["']?\s*[:=]\s*(\[[^\]]*\]|"[^"]*")/g);
  const principals = valuesOf(text, /["']?Principal["']?\s*[:=]\s*("[^"]*"|\{[^}]*\})/g);
  return {
    allow: true,
    actions: actions.length > 0 ? actions : notActions,
    notActions: actions.length === 0 && notActions.length > 0,
    resources: valuesOf(text, /(?<!\w)["']?Resource["']?\s*[:=]\s*(\[[^\]]*\]|"[^"]*")/g),
    publicPrincipal: principals.includes("*"),
    conditioned: /["']?Condition["']?\s*[:=]/.test(text),
  };
}

function valuesOf(text: string, pattern: RegExp): string[] {
  const values: string[] = [];
  for (const match of text.matchAll(pattern)) {
    for (const quoted of (match[1] ?? "").matchAll(/"([^"]*)"/g)) values.push(quoted[1] ?? "");
  }
  return values;
}

/**
 * `documentBlockFindings` inspects an `aws_iam_policy_document` data source written as HCL blocks
 * (`statement { effect, actions, resources, principals { type, identifiers } }`), as a static diff shows it.
 */
export function documentBlockFindings(attributes: unknown): WideningFinding[] {
  if (typeof attributes !== "object" || attributes === null) return [];
  const blocks = asObjectList((attributes as Record<string, unknown>).statement);
  let hasPrincipals = false;
  const statements = blocks.map((b): PolicyStatement => {
    const principals = asObjectList(b.principals);
    if (principals.length > 0) hasPrincipals = true;
    const actions = asStringList(b.actions);
    return {
      allow: b.effect !== "Deny",
      actions: actions.length > 0 ? actions : asStringList(b.not_actions),
      notActions: actions.length === 0 && b.not_actions !== undefined,
      resources: asStringList(b.resources),
      publicPrincipal: principals.some((p) => (p.type === "*" || p.type === "AWS") && asStringList(p.identifiers).includes("*")),
      conditioned: b.condition !== undefined,
    };
  });
  return statementFindings(statements, hasPrincipals ? "resource" : "identity", "");
}
