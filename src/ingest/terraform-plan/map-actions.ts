import type { ChangeAction, Replacement } from "../../model/index.js";

/**
 * What a plan's `change.actions` array means. `replacement` is set when an old object goes away while a
 * new one is created (`order` says which happens first, `oldObject` whether the old one is destroyed or
 * only forgotten). `guessed` marks an action combination this parser does not know but that contains
 * `delete`, read as destroying because unknown is not safe.
 */
export interface MappedActions {
  readonly action: ChangeAction;
  readonly replacement?: { readonly order: Replacement["order"]; readonly oldObject: Replacement["oldObject"] };
  readonly guessed: boolean;
}

/** Why `actions` could not be mapped: not a non-empty array of strings, or strings with no known meaning. */
export type UnmappedActions = "malformed" | "unknown";

const KNOWN = new Map<string, MappedActions>([
  ["no-op", { action: "no-op", guessed: false }],
  ["create", { action: "create", guessed: false }],
  ["read", { action: "read", guessed: false }],
  ["update", { action: "update", guessed: false }],
  ["delete", { action: "delete", guessed: false }],
  ["forget", { action: "forget", guessed: false }],
  ["delete,create", { action: "replace", replacement: { order: "delete-first", oldObject: "destroyed" }, guessed: false }],
  ["create,delete", { action: "replace", replacement: { order: "create-first", oldObject: "destroyed" }, guessed: false }],
  // Terraform writes create-then-forget; OpenTofu writes forget-then-create (ForgetThenCreate).
  ["create,forget", { action: "forget", replacement: { order: "create-first", oldObject: "forgotten" }, guessed: false }],
  ["forget,create", { action: "forget", replacement: { order: "delete-first", oldObject: "forgotten" }, guessed: false }],
]);

/**
 * `mapActions` maps `change.actions` onto a ChangeAction. The result objects are shared: never mutate them.
 * Terraform's own guidance is to scan for `delete` to catch destroying combinations it may add later, so an
 * unknown combination with `delete` maps to `replace` (with `create`) or `delete`, marked `guessed`.
 */
export function mapActions(actions: unknown): MappedActions | UnmappedActions {
  if (!Array.isArray(actions) || actions.length === 0) return "malformed";
  let key = "";
  for (let i = 0; i < actions.length; i += 1) {
    const step: unknown = actions[i];
    if (typeof step !== "string") return "malformed";
    key = i === 0 ? step : `${key},${step}`;
  }
  return KNOWN.get(key) ?? guessDestroying(actions as string[]);
}

function guessDestroying(actions: string[]): MappedActions | "unknown" {
  const del = actions.indexOf("delete");
  if (del === -1) return "unknown";
  const create = actions.indexOf("create");
  if (create === -1) return { action: "delete", guessed: true };
  const order = del < create ? "delete-first" : "create-first";
  return { action: "replace", replacement: { order, oldObject: "destroyed" }, guessed: true };
}

const WORD = /^[a-z][a-z_-]{0,31}$/;

/**
 * `describeActions` renders an actions array for a message: `[delete, shred]`. Only short lowercase words
 * are echoed, so a plan cannot smuggle arbitrary text (or values) into a diagnostic.
 */
export function describeActions(actions: readonly unknown[]): string {
  const words = actions.slice(0, 8).map((a) => (typeof a === "string" && WORD.test(a) ? a : "?"));
  return `[${words.join(", ")}${actions.length > 8 ? ", …" : ""}]`;
}
