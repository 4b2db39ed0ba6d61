/**
 * `suggestName` returns the candidate the user most likely meant by `input` (a misspelt key or value), or
 * undefined when none is close: the same name ignoring case, `-` and `_`; the only one that begins with it
 * (`prod` for `production`); or the nearest within a small edit distance.
 */
export function suggestName(input: string, candidates: readonly string[]): string | undefined {
  const wanted = normalize(input);
  const exact = candidates.find((c) => normalize(c) === wanted);
  if (exact !== undefined) return exact;
  const extended = wanted.length >= 3 ? candidates.filter((c) => normalize(c).startsWith(wanted)) : [];
  if (extended.length === 1) return extended[0];
  const budget = Math.max(1, Math.floor(wanted.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, normalize(candidate));
    if (distance <= budget && (best === undefined || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function normalize(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, "");
}

// Levenshtein distance, two rows; inputs are short config names.
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}
