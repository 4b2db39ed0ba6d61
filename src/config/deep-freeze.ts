/** `deepFreeze` freezes a plain JSON-like value and everything in it, and returns it, so shared defaults cannot be mutated. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
