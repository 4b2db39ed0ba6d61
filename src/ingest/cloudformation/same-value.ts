import { deepEqual } from "@aws-cdk/cloudformation-diff";

/**
 * `sameValue` compares two template values the way the diff library does (`"10"` equals `10`, `"true"`
 * equals `true`, as CloudFormation treats them). Values whose comparison throws (a hostile key such as
 * `hasOwnProperty`) count as different, so a change is never hidden.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  try {
    return deepEqual(a, b);
  } catch {
    return false;
  }
}
