/** GitHub's longest label name, in characters. */
export const MAX_LABEL_LENGTH = 50;

/** What syncLabels will send: labels to add in one request, namespace labels to remove one by one. */
export interface LabelSyncPlan {
  add: string[];
  remove: string[];
}

/**
 * `planLabelSync` compares labels case-insensitively, as GitHub does: it adds each desired label not yet
 * present (once), and removes a current label only when it starts with `namespace` and is not desired.
 * Labels outside the namespace are never removed. It throws when `namespace` is empty (that would claim
 * every label) or a desired name is empty or longer than 50 characters (GitHub would reject it).
 */
export function planLabelSync(params: { current: readonly string[]; desired: readonly string[]; namespace: string }): LabelSyncPlan {
  const namespace = params.namespace.trim().toLowerCase();
  if (namespace === "") throw new Error("sync labels: the label namespace must not be empty");
  for (const name of params.desired) {
    const length = [...name].length;
    if (name.trim() === "" || length > MAX_LABEL_LENGTH) {
      throw new Error(`sync labels: label ${JSON.stringify(name)} is ${length} characters; GitHub allows 1 to ${MAX_LABEL_LENGTH}`);
    }
  }
  const current = new Set(params.current.map((l) => l.toLowerCase()));
  const desired = new Set(params.desired.map((l) => l.toLowerCase()));
  const seen = new Set<string>();
  const add = params.desired.filter((l) => {
    const key = l.toLowerCase();
    if (current.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const remove = params.current.filter((l) => l.toLowerCase().startsWith(namespace) && !desired.has(l.toLowerCase()));
  return { add, remove };
}
