const MAX_CHARS = 60;

/**
 * `quoteText` quotes text taken from a config for a one-line message that is safe in markdown: JSON string
 * escapes (no line breaks), at most 60 characters, no backticks and no `<` that could open an HTML tag, so
 * it cannot close a code span or fence or inject markup.
 */
export function quoteText(text: string): string {
  const chars = [...text];
  const short = chars.length > MAX_CHARS ? `${chars.slice(0, MAX_CHARS - 1).join("")}…` : text;
  return JSON.stringify(short).replace(/`/g, "'").replace(/<(?=[A-Za-z/!?])/g, "‹");
}

/** `inlineText` makes config text (a key, a name) safe inside a markdown code span in a one-line message. */
export function inlineText(text: string): string {
  return quoteText(text).slice(1, -1);
}

/** `cleanText` makes a message from a library (which may echo config text) one markdown-safe line. */
export function cleanText(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/`/g, "'").replace(/<(?=[A-Za-z/!?])/g, "‹");
}
