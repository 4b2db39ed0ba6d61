const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * `jsonPath` renders a path into a template the way diagnostics name it: `Resources.Db.Type`, with keys that
 * are not identifiers quoted (`Resources.Fn["Fn::GetAtt"]`) and array indexes in brackets (`Statement[0]`).
 */
export function jsonPath(segments: readonly (string | number)[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
