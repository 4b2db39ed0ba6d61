import picomatch from "picomatch";

/** One CODEOWNERS rule: a path pattern and its owners (`@user`, `@org/team`, or emails, which are ignored). */
export interface CodeOwnersRule {
  pattern: string;
  owners: string[];
  line: number;
  matches: (path: string) => boolean;
}

const MAX_RULES = 2_000;
const MAX_PATTERN = 256;

/**
 * `parseCodeOwners` reads a CODEOWNERS file with GitHub's syntax: one `pattern owner…` per line, `#` comments,
 * later rules win. Patterns follow gitignore rules: a leading `/` anchors to the root, a trailing `/` matches a
 * directory's contents, a pattern without `/` matches at any depth. Owners are returned without `@`.
 * Malformed lines and rules beyond 2,000 are skipped (GitHub ignores invalid lines too).
 */
export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && rules.length < MAX_RULES; i += 1) {
    const content = (lines[i] ?? "").replace(/(^|\s)#.*$/, "").trim();
    if (content === "") continue;
    const [pattern, ...owners] = content.split(/\s+/);
    if (pattern === undefined || pattern.length > MAX_PATTERN) continue;
    const matches = compile(pattern);
    if (matches === null) continue;
    rules.push({ pattern, owners: owners.filter((o) => o.startsWith("@")).map((o) => o.slice(1)), line: i + 1, matches });
  }
  return rules;
}

/** `ownersOf` returns the owners of a path: those of the last matching rule (an empty owner list means "no owners"). */
export function ownersOf(rules: readonly CodeOwnersRule[], path: string): string[] {
  for (let i = rules.length - 1; i >= 0; i -= 1) {
    const rule = rules[i];
    if (rule?.matches(path)) return rule.owners;
  }
  return [];
}

function compile(pattern: string): ((path: string) => boolean) | null {
  const anchored = pattern.startsWith("/");
  let glob = anchored ? pattern.slice(1) : pattern;
  const dirOnly = glob.endsWith("/");
  if (dirOnly) glob = glob.slice(0, -1);
  if (glob === "" || glob === "*") return () => true;
  const base = anchored || glob.includes("/") ? glob : `**/${glob}`;
  try {
    const exact = picomatch(base, { dot: true });
    const inside = picomatch(`${base}/**`, { dot: true });
    return dirOnly ? (p) => inside(p) : (p) => exact(p) || inside(p);
  } catch {
    return null;
  }
}
