/** A `Name <email>` pair from a trailer, both as written (a noreply address carries the login's case). */
export interface ParsedIdentity {
  name: string;
  email: string;
}

/**
 * `parseIdentity` reads `Name <email>` (the form of `Co-authored-by` values) and returns undefined when
 * there is no `<…@…>` part. The last `<…>` wins, so a name containing `<` cannot smuggle a second address.
 */
export function parseIdentity(value: string): ParsedIdentity | undefined {
  const open = value.lastIndexOf("<");
  const close = value.indexOf(">", open + 1);
  if (open === -1 || close === -1) return undefined;
  const email = value.slice(open + 1, close).trim();
  if (!email.includes("@")) return undefined;
  return { name: value.slice(0, open).trim(), email };
}
