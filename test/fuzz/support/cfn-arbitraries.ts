import fc from "fast-check";
import { hostileText } from "./hostile-text.js";

/**
 * CloudFormation-shaped templates: resources of real and invented types with properties that use intrinsics
 * (`Ref`, `Fn::GetAtt`, `Fn::Sub`, `Fn::Join`, `Fn::If`) to reference each other, deletion and replace
 * policies, `DependsOn`, CDK metadata, parameters, outputs with exports, transforms; and head templates derived
 * from the base by the edits a pull request makes (change a property, remove, add, rename, retype, re-policy).
 * Junk appears at low weight wherever a template has a value.
 */
export type Template = Record<string, unknown>;

const TYPES = [
  "AWS::S3::Bucket",
  "AWS::RDS::DBInstance",
  "AWS::DynamoDB::Table",
  "AWS::IAM::Role",
  "AWS::IAM::Policy",
  "AWS::EC2::SecurityGroup",
  "AWS::Lambda::Function",
  "AWS::KMS::Key",
  "AWS::Route53::HostedZone",
  "AWS::SQS::Queue",
  "AWS::CloudFormation::Stack",
  "AWS::CDK::Metadata",
  "Custom::Thing",
];
const IDS = ["Bucket", "Db", "Table", "Role", "Policy", "Sg", "Fn", "Key", "Zone", "Queue", "Nested", "CDKMetadata", "Res1", "Res2"];
const PROPERTY_NAMES = ["BucketName", "Engine", "DBInstanceClass", "DeletionProtection", "TableName", "RoleName", "PolicyDocument", "SecurityGroupIngress", "Handler", "KeySpec", "Name", "VisibilityTimeout", "TemplateURL", "Tags"];

const junk: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), hostileText(3), fc.constant([]), fc.constant({}));
const logicalId = fc.oneof({ weight: 80, arbitrary: fc.constantFrom(...IDS) }, { weight: 1, arbitrary: hostileText(2) }, { weight: 1, arbitrary: fc.constant("Fn::ForEach::Loop") });

const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: -5, max: 500 }), fc.boolean(), fc.constantFrom("0.0.0.0/0", "*", "arn:aws:iam::aws:policy/AdministratorAccess"));
const intrinsic = fc.oneof(
  fc.constantFrom(...IDS).map((id) => ({ Ref: id })),
  fc.tuple(fc.constantFrom(...IDS), fc.constantFrom("Arn", "Endpoint.Address")).map(([id, attr]) => ({ "Fn::GetAtt": [id, attr] })),
  fc.constantFrom(...IDS).map((id) => ({ "Fn::Sub": `arn:\${${id}}/\${AWS::Region}` })),
  fc.array(scalar, { maxLength: 3 }).map((parts) => ({ "Fn::Join": ["-", parts] })),
  fc.tuple(scalar, scalar).map(([a, b]) => ({ "Fn::If": ["IsProd", a, b] })),
);

/** Property values, a few levels deep. */
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3, depthSize: "small" },
    scalar,
    intrinsic,
    fc.array(tie("value"), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...PROPERTY_NAMES, "Effect", "Action", "Resource", "CidrIp"), tie("value")), { maxLength: 3 }).map((pairs) => Object.fromEntries(pairs)),
  ),
})).value;

const properties = fc.array(fc.tuple(fc.constantFrom(...PROPERTY_NAMES), value), { maxLength: 4 }).map((pairs) => Object.fromEntries(pairs));
const policy = fc.oneof({ weight: 4, arbitrary: fc.constantFrom("Retain", "Delete", "Snapshot", "RetainExceptOnCreate") }, { weight: 1, arbitrary: junk });

const resource: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 80, arbitrary: fc
    .record(
      {
        Type: fc.oneof({ weight: 60, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: junk }),
        Properties: fc.oneof({ weight: 60, arbitrary: properties }, { weight: 1, arbitrary: junk }),
        DeletionPolicy: policy,
        UpdateReplacePolicy: policy,
        DependsOn: fc.oneof(fc.constantFrom(...IDS), fc.array(fc.constantFrom(...IDS), { maxLength: 2 }), junk),
        Metadata: fc.constantFrom(...IDS).map((id) => ({ "aws:cdk:path": `Stack/${id}/Resource` })),
        Condition: fc.constant("IsProd"),
      },
      { requiredKeys: ["Type"] },
    ) },
  { weight: 1, arbitrary: junk },
);

const resources = fc.array(fc.tuple(logicalId, resource), { maxLength: 6 }).map((pairs) => Object.fromEntries(pairs));
const outputs = fc.array(fc.tuple(fc.constantFrom("Arn", "Url", "Out"), fc.record({ Value: intrinsic, Export: fc.record({ Name: fc.oneof(fc.constant("shared-arn"), hostileText(2)) }) }, { requiredKeys: ["Value"] })), { maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));
const parameters = fc.array(fc.tuple(fc.constantFrom("Env", "BootstrapVersion", "Size"), fc.record({ Type: fc.constantFrom("String", "Number"), Default: scalar }, { requiredKeys: ["Type"] })), { maxLength: 2 }).map((pairs) => Object.fromEntries(pairs));

/** `template` generates a template, rarely something that is not one at all. */
export const template: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 60, arbitrary: fc.record(
    {
      AWSTemplateFormatVersion: fc.constant("2010-09-09"),
      Resources: fc.oneof({ weight: 60, arbitrary: resources }, { weight: 1, arbitrary: junk }),
      Outputs: outputs,
      Parameters: parameters,
      Conditions: fc.constant({ IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] } }),
      Transform: fc.constantFrom("AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"),
    },
    { requiredKeys: ["Resources"] },
  ) },
  { weight: 1, arbitrary: junk },
);

/** One edit a pull request makes to a template. */
type Edit = { kind: "set" | "remove" | "add" | "rename" | "retype" | "policy"; id: string; to: string; value: unknown; resource: unknown };
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom("set", "remove", "add", "rename", "retype", "policy"),
  id: fc.constantFrom(...IDS),
  to: fc.constantFrom(...IDS, ...PROPERTY_NAMES, ...TYPES),
  value,
  resource,
});

/** Applies edits to a copy of a template (edits that do not fit the template do nothing). */
export function applyEdits(base: unknown, edits: readonly Edit[]): unknown {
  const copy = structuredClone(base) as Template;
  const res = copy?.Resources;
  if (typeof res !== "object" || res === null || Array.isArray(res)) return copy;
  const map = res as Record<string, Record<string, unknown>>;
  for (const e of edits) {
    const target = map[e.id];
    if (e.kind === "add") map[e.id] = e.resource as Record<string, unknown>;
    else if (target === undefined) continue;
    else if (e.kind === "remove") delete map[e.id];
    else if (e.kind === "rename") [map[e.to], map[e.id]] = [target, map[e.to] as Record<string, unknown>];
    else if (typeof target !== "object" || target === null) continue;
    else if (e.kind === "set") target.Properties = { ...(target.Properties as object), [e.to]: e.value };
    else if (e.kind === "retype") target.Type = e.to;
    else target.DeletionPolicy = target.DeletionPolicy === "Retain" ? "Delete" : "Retain";
  }
  for (const id of Object.keys(map)) if (map[id] === undefined) delete map[id];
  return copy;
}

/** `templatePair` generates a base template and a head derived from it (or unrelated, or absent on a side). */
export const templatePair: fc.Arbitrary<{ base: unknown; head: unknown; edits: number }> = fc
  .record({ base: template, other: template, edits: fc.array(edit, { maxLength: 5 }), shape: fc.nat(19) })
  .map(({ base, other, edits, shape }) => {
    if (shape === 0) return { base: null, head: base, edits: 1 };
    if (shape === 1) return { base, head: null, edits: 1 };
    if (shape === 2) return { base, head: other, edits: 1 };
    return { base, head: applyEdits(base, edits), edits: edits.length };
  });

/** YAML- and JSON-significant tokens for text mutations of templates. */
export const TEMPLATE_TOKENS = ["{", "}", "[", "]", ":", ",", '"', "'", "- ", "\n  ", "\t", "!Ref ", "!GetAtt ", "!Sub ", "!If [", "&a ", "*a", "<<: ", "? ", "#", "|", ">", "---\n", "%YAML 1.1\n", "\u0000"];
