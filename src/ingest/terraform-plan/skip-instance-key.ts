/**
 * `skipInstanceKey` returns the offset just after the `]` that closes the instance key opening at `open`
 * (`[0]`, `["a.b]"]`), or the end of the text when it is never closed. Quotes and escapes are honoured.
 */
export function skipInstanceKey(text: string, open: number): number {
  let inString = false;
  for (let i = open + 1; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i += 1;
      else if (ch === 0x22 /* " */) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5d /* ] */) return i + 1;
  }
  return text.length;
}
