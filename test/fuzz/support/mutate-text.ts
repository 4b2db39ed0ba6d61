import fc from "fast-check";

/** One edit of a text; positions are taken modulo the text's length, so any edit applies to any text. */
export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "duplicate"; at: number; length: number }
  | { kind: "overwrite"; at: number; text: string };

/** `applyMutation` applies one edit. */
export function applyMutation(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  switch (m.kind) {
    case "truncate":
      return text.slice(0, at);
    case "insert":
      return text.slice(0, at) + m.text + text.slice(at);
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "duplicate":
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    case "overwrite":
      return text.slice(0, at) + m.text + text.slice(at + m.text.length);
  }
}

/**
 * `mutation` generates an edit whose inserted text comes from `tokens` (the format's significant characters)
 * or is random.
 */
export function mutation(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const inserted = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) });
  const length = fc.integer({ min: 1, max: 40 });
  return fc.oneof(
    fc.record({ kind: fc.constant("truncate" as const), at }),
    fc.record({ kind: fc.constant("insert" as const), at, text: inserted }),
    fc.record({ kind: fc.constant("delete" as const), at, length }),
    fc.record({ kind: fc.constant("duplicate" as const), at, length }),
    fc.record({ kind: fc.constant("overwrite" as const), at, text: inserted }),
  );
}

/** `editList` generates no edits about half of the time, otherwise one to three. */
export function editList(tokens: readonly string[]): fc.Arbitrary<Mutation[]> {
  return fc.oneof(fc.constant([] as Mutation[]), fc.array(mutation(tokens), { minLength: 1, maxLength: 3 }));
}

/** A text after edits, with the text it came from. */
export interface EditedText {
  text: string;
  original: string;
  mutated: boolean;
}

/** `applyEdits` applies a list of edits. */
export function applyEdits(original: string, edits: readonly Mutation[]): EditedText {
  const text = edits.reduce(applyMutation, original);
  return { text, original, mutated: text !== original };
}

/**
 * `maybeMutated` returns generated texts unchanged about half of the time and otherwise with one to three
 * edits, so both well-formed and broken inputs are covered. The result says whether it was edited.
 */
export function maybeMutated(text: fc.Arbitrary<string>, tokens: readonly string[]): fc.Arbitrary<EditedText> {
  return fc.tuple(text, editList(tokens)).map(([original, edits]) => applyEdits(original, edits));
}
