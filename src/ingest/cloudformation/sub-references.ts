/**
 * `subReferences` returns the names an `Fn::Sub` string refers to: `${X}` and `${X.Attr}` give `X`;
 * `${!Literal}` is an escaped literal and gives nothing. Names may be resources, parameters, pseudo
 * parameters (`AWS::Region`) or the Sub's own variables; the caller filters. One linear pass.
 */
export function subReferences(text: string): string[] {
  const names: string[] = [];
  let start = text.indexOf("${");
  while (start !== -1) {
    const end = text.indexOf("}", start + 2);
    if (end === -1) break;
    const body = text.slice(start + 2, end).trim();
    if (body !== "" && !body.startsWith("!")) {
      const dot = body.indexOf(".");
      names.push(dot === -1 ? body : body.slice(0, dot));
    }
    start = text.indexOf("${", end + 1);
  }
  return names;
}
