/** A usage or configuration error of the CLI: printed as a message, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = "CliUsageError";
}

/** Exit codes of every `airlock` command (DESIGN.md §4). */
export const EXIT = { pass: 0, block: 1, usage: 2 } as const;
