/**
 * CloudFormation's YAML short forms that stand for `Fn::<Name>` (`!Sub` → `{"Fn::Sub": ...}`). `!Ref`,
 * `!Condition` and `!GetAtt` have their own long forms and are handled apart.
 */
const FUNCTIONS = new Set([
  "And", "Base64", "Cidr", "Contains", "EachMemberEquals", "EachMemberIn", "Equals", "FindInMap", "ForEach", "GetAZs",
  "If", "ImportValue", "Join", "Length", "Not", "Or", "RefAll", "Select", "Split", "Sub", "ToJsonString", "Transform",
  "ValueOf", "ValueOfAll",
]);

/**
 * `expandShortForm` returns the long form of a value written with a CloudFormation short-form tag:
 * `!Ref X` → `{Ref: X}`, `!GetAtt A.B` → `{"Fn::GetAtt": ["A", "B"]}` (the sequence form is kept),
 * `!Condition C` → `{Condition: C}`, `!Join [...]` → `{"Fn::Join": [...]}`. Undefined for a tag
 * CloudFormation does not know.
 */
export function expandShortForm(tag: string, value: unknown): Record<string, unknown> | undefined {
  const name = tag.startsWith("!") ? tag.slice(1) : tag;
  if (name === "Ref") return { Ref: value };
  if (name === "Condition") return { Condition: value };
  if (name === "GetAtt") {
    if (typeof value !== "string") return { "Fn::GetAtt": value };
    const dot = value.indexOf(".");
    return { "Fn::GetAtt": dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return FUNCTIONS.has(name) ? { [`Fn::${name}`]: value } : undefined;
}
