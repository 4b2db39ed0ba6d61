/** How much of a file's text the sniffers read: its first 64 KiB (in UTF-16 code units). */
export const SNIFF_LIMIT = 64 * 1024;

/** `sniffHead` returns the part of a text the sniffers may read, so sniffing costs the same on any file size. */
export function sniffHead(text: string): string {
  return text.length > SNIFF_LIMIT ? text.slice(0, SNIFF_LIMIT) : text;
}
