const UNITS = ["KiB", "MiB", "GiB", "TiB"] as const;

/**
 * `formatBytes` writes a byte count the way a person reads it: `512 bytes`, `100 MiB`, `1.5 GiB`
 * (binary units, at most one decimal, trailing `.0` dropped).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? "1 byte" : `${bytes} bytes`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = UNITS[0];
  for (const next of UNITS) {
    unit = next;
    value /= 1024;
    if (value < 1024) break;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${unit}`;
}
