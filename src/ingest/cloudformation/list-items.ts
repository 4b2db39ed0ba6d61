import { CFN_LIMITS } from "./cfn-limits.js";

/** `capItems` keeps the first `CFN_LIMITS.maxListedItems` reasons and folds the rest into "and N more <noun>". */
export function capItems(items: readonly string[], noun: string): string[] {
  if (items.length <= CFN_LIMITS.maxListedItems) return [...items];
  const kept = items.slice(0, CFN_LIMITS.maxListedItems);
  kept.push(`and ${items.length - kept.length} more ${noun}`);
  return kept;
}

/** `oneLine` flattens a multi-line value (the diff library joins lists with newlines) and bounds its length. */
export function oneLine(text: string, max = 200): string {
  const flat = text.replace(/\s*\n\s*/g, ", ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
