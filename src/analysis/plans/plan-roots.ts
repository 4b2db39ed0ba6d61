/**
 * `normalizeRoot` spells a Terraform root directory one way: forward slashes, no leading `./`, no trailing
 * slash, and `.` for the repository root (also for `""`), so a plan named `envs/prod/` and the HCL root
 * `envs/prod` compare equal.
 */
export function normalizeRoot(root: string): string {
  const trimmed = root.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  return trimmed === "" ? "." : trimmed;
}

/**
 * `coversRoot` tells whether a plan of `planned` covers changes in `changed`: the same directory, a directory
 * below it (a local module the planned root calls, as `ingestSnapshot` reads it), or any directory when the
 * planned root is the repository root `.`.
 */
export function coversRoot(planned: string, changed: string): boolean {
  const p = normalizeRoot(planned);
  const c = normalizeRoot(changed);
  return p === "." || p === c || c.startsWith(`${p}/`);
}

/**
 * `coveringRoot` returns the most specific of `planned` that covers `changed` (normalized), or undefined
 * when none does: with plans for `envs` and `envs/prod`, `envs/prod/db` belongs to `envs/prod`.
 */
export function coveringRoot(planned: readonly string[], changed: string): string | undefined {
  let best: string | undefined;
  for (const root of planned) {
    const p = normalizeRoot(root);
    if (!coversRoot(p, changed)) continue;
    if (best === undefined || depth(p) > depth(best)) best = p;
  }
  return best;
}

function depth(root: string): number {
  return root === "." ? 0 : root.split("/").length;
}
