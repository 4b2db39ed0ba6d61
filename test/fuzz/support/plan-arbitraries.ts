import fc from "fast-check";
import { hostileText, identifier, nameLike } from "./hostile-text.js";

/**
 * Plan-shaped values: `terraform show -json` output with random actions, addresses, keys, sensitive values
 * and configuration references, and, at low weight, junk in any member. `PLAN_SECRET` is placed only where a
 * plan marks values sensitive: sensitive attribute values, keys of sensitive maps (and replace paths through
 * them), sensitive outputs and `variables`. (Arbitraries are built once: building them per case, as `chain`
 * does, costs far more than the parse under test.)
 */
export const PLAN_SECRET = "Zq7e1f0c55d2a9b3840Xj";

/** Action lists Terraform and OpenTofu write. */
export const KNOWN_ACTIONS = [
  ["no-op"],
  ["create"],
  ["read"],
  ["update"],
  ["delete"],
  ["forget"],
  ["delete", "create"],
  ["create", "delete"],
  ["create", "forget"],
  ["forget", "create"],
] as const;

const ODD_ACTIONS: unknown[] = [[], ["shred"], ["delete", "shred"], ["create", "update"], ["create", "delete", "create"], ["DELETE"], [1], "delete", null, {}];
const TYPES = ["aws_db_instance", "aws_s3_bucket", "aws_iam_policy", "aws_security_group", "aws_kms_key", "aws_route53_zone", "null_resource", "google_sql_database_instance", "azurerm_key_vault"];
const junk: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), hostileText(3), fc.constant([]), fc.constant({}));

/** Sometimes replaces a generated member with junk. */
function orJunk<T>(arb: fc.Arbitrary<T>, junkWeight = 1): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 40, arbitrary: arb }, { weight: junkWeight, arbitrary: junk });
}

const instanceKey = fc.oneof(fc.nat({ max: 20 }).map((n) => `[${n}]`), hostileText(3).map((k) => `[${JSON.stringify(k)}]`));
const modulePath = fc.array(fc.tuple(identifier, fc.option(instanceKey, { nil: "" })), { maxLength: 2 }).map((steps) => steps.map(([m, k]) => `module.${m}${k}.`).join(""));

const attributeValue: fc.Arbitrary<unknown> = fc.oneof(fc.boolean(), fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
const ATTRIBUTE_NAMES = ["deletion_protection", "skip_final_snapshot", "force_destroy", "policy", "ingress", "engine", "name", "size"];
const attributes = fc.array(fc.tuple(fc.constantFrom(...ATTRIBUTE_NAMES), attributeValue), { maxLength: 5 }).map((pairs) => Object.fromEntries(pairs));

/** Values with a secret at sensitive places, and the sensitivity tree that marks them. */
function sensitiveSide(secret: string): fc.Arbitrary<{ values: Record<string, unknown>; marks: unknown }> {
  return fc.record({ plain: attributes, password: fc.boolean(), tags: fc.boolean(), whole: fc.nat({ max: 30 }) }).map(({ plain, password, tags, whole }) => {
    const values: Record<string, unknown> = { ...plain };
    const marks: Record<string, unknown> = {};
    if (password) {
      values.password = secret;
      marks.password = true;
    }
    if (tags) {
      values.tags = { [secret]: "v", Name: secret };
      marks.tags = true;
    }
    if (whole === 0) return { values: { ...values, secret_string: secret }, marks: true };
    return { values, marks };
  });
}

const ENTRY_KEYS = ["address", "type", "change", "mode", "name"] as const;

/** One `resource_changes` entry: an address built from module path, type, name and instance key, and its change. */
function resourceEntry(secret: string): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .record({
      module: modulePath,
      mode: fc.oneof({ weight: 6, arbitrary: fc.constant("managed") }, { weight: 1, arbitrary: fc.constant("data") }, { weight: 1, arbitrary: junk }),
      type: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: nameLike() }),
      name: nameLike(),
      key: fc.option(instanceKey, { nil: "" }),
      actions: fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...KNOWN_ACTIONS).map((a) => [...a] as unknown) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_ACTIONS) }),
      before: fc.option(sensitiveSide(secret)),
      after: fc.option(sensitiveSide(secret)),
      actionReason: fc.option(fc.oneof(fc.constantFrom("replace_because_cannot_update", "delete_because_no_resource_config", "replace_because_tainted"), hostileText(3))),
      replacePaths: fc.option(fc.array(fc.oneof(fc.constant(["password"]), fc.array(fc.oneof(identifier, fc.nat({ max: 3 })), { minLength: 1, maxLength: 3 }), junk), { maxLength: 3 })),
      secretPath: fc.boolean(),
      damage: fc.oneof({ weight: 30, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ key: fc.constantFrom(...ENTRY_KEYS), value: fc.option(junk) }) }),
      previousAddress: fc.option(nameLike()),
      importing: fc.option(fc.oneof(fc.record({ id: fc.string({ maxLength: 8 }) }), junk)),
      deposed: fc.option(fc.nat().map((n) => n.toString(16).padStart(8, "0"))),
      afterUnknown: fc.option(fc.oneof(fc.constant({ deletion_protection: true }), fc.constant(true), junk)),
    })
    .map((e) => {
      const dataPrefix = e.mode === "data" ? "data." : "";
      const type = typeof e.type === "string" ? e.type : "x";
      const change: Record<string, unknown> = {
        actions: e.actions,
        before: e.before?.values ?? null,
        after: e.after?.values ?? null,
        before_sensitive: e.before?.marks ?? false,
        after_sensitive: e.after?.marks ?? false,
      };
      // A key of a sensitive map is secret too; a replace path may only run through it when the map is marked.
      const tagsMarked = [e.before, e.after].some((side) => side !== null && (side.marks === true || (side.marks as Record<string, unknown>).tags === true));
      const paths = e.secretPath && tagsMarked ? [...(e.replacePaths ?? []), ["tags", secret]] : e.replacePaths;
      if (paths !== null) change.replace_paths = paths;
      if (e.importing !== null) change.importing = e.importing;
      if (e.afterUnknown !== null) change.after_unknown = e.afterUnknown;
      const entry: Record<string, unknown> = {
        address: `${e.module}${dataPrefix}${type}.${e.name}${e.key}`,
        mode: e.mode,
        type: e.type,
        name: e.name,
        provider_name: "registry.terraform.io/hashicorp/aws",
        change,
      };
      if (e.module !== "") entry.module_address = e.module.slice(0, -1);
      if (e.actionReason !== null) entry.action_reason = e.actionReason;
      if (e.previousAddress !== null) entry.previous_address = e.previousAddress;
      if (e.deposed !== null) entry.deposed = e.deposed;
      return breakEntry(entry, e.damage);
    });
}

/** Drops (`value` null) or replaces one member of an entry, as a damaged plan would. */
function breakEntry(entry: Record<string, unknown>, damage: { key: string; value: unknown } | null): Record<string, unknown> {
  if (damage === null) return entry;
  if (damage.value === null) return Object.fromEntries(Object.entries(entry).filter(([k]) => k !== damage.key));
  return { ...entry, [damage.key]: damage.value };
}

function outputChanges(secret: string): fc.Arbitrary<Record<string, unknown>> {
  const output = fc.record({ actions: fc.oneof(fc.constantFrom(...KNOWN_ACTIONS).map((a) => [...a] as unknown), junk), sensitive: fc.boolean(), value: attributeValue }).map(({ actions, sensitive, value }) =>
    sensitive ? { actions, before: secret, after: { v: secret }, before_sensitive: true, after_sensitive: { v: true } } : { actions, before: value, after: value, before_sensitive: false, after_sensitive: false },
  );
  return fc.dictionary(nameLike(), orJunk(output), { maxKeys: 3, noNullPrototype: true });
}

const reference = fc.oneof(
  fc.tuple(fc.constantFrom(...TYPES), identifier).map(([t, n]) => `${t}.${n}`),
  identifier.map((v) => `var.${v}`),
  identifier.map((m) => `module.${m}`),
  hostileText(2),
);
const configResource = fc.record({ type: fc.constantFrom(...TYPES), name: identifier, refs: fc.array(reference, { maxLength: 3 }) }).map(({ type, name, refs }) => ({
  address: `${type}.${name}`,
  mode: "managed",
  type,
  name,
  expressions: { subnet_id: { references: refs }, count: { constant_value: 1 } },
}));
const configModule = fc.letrec((tie) => ({
  module: fc.record({
    resources: fc.array(orJunk(configResource), { maxLength: 4 }),
    module_calls: fc.oneof({ depthSize: "small", maxDepth: 2 }, fc.constant({}), fc.dictionary(identifier, fc.record({ source: fc.constant("./m"), module: tie("module") }), { maxKeys: 2, noNullPrototype: true })),
  }),
})).module;

const secret = PLAN_SECRET;

/** `generatedPlan` builds a plan holding `PLAN_SECRET` at sensitive places only. */
export const generatedPlan: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    format_version: fc.oneof({ weight: 12, arbitrary: fc.constantFrom("1.2", "1.0", "0.2", "1.2.3") }, { weight: 1, arbitrary: orJunk(fc.constantFrom("2.0", "one"), 4) }),
    terraform_version: fc.constantFrom("1.11.4", "1.8.0"),
    resource_changes: orJunk(fc.array(resourceEntry(secret), { maxLength: 8 })),
    resource_drift: orJunk(fc.array(resourceEntry(secret), { maxLength: 2 })),
    output_changes: orJunk(outputChanges(secret)),
    configuration: orJunk(fc.record({ root_module: configModule })),
    variables: fc.constant({ db_password: { value: secret } }),
    errored: fc.oneof({ weight: 15, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
    complete: fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    deferred_changes: orJunk(fc.constant([] as unknown[]), 1),
  },
  { requiredKeys: ["variables"] },
);

/** JSON-significant tokens for text mutations. */
export const JSON_TOKENS = ["{", "}", "[", "]", ",", ":", '"', "\\", "\\u", "\u0000", "\n", "null", "true", "1e999", "-", "\ufeff", "/*"];
