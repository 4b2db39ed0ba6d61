/** Hints too vague for the registry's claim fields: a title prefix, the subject of a PR's first commit. */
export interface WeakHints {
  titlePrefixes: readonly string[];
  firstCommitSubjects: readonly string[];
}

/**
 * `WEAK_HINTS` maps an agent name to its weak hints. They only apply while the registry holds an agent of
 * that name, and only ever yield `weak` signals: humans write `[WIP]` titles and "Initial plan" commits too.
 */
export const WEAK_HINTS: Readonly<Record<string, WeakHints>> = {
  copilot: { titlePrefixes: ["[WIP]"], firstCommitSubjects: ["Initial plan"] },
};
