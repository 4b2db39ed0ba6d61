import { cleanReason } from "./clean-reason.js";

/** The longest accepted override reason, in characters (code points), after cleaning. */
export const MAX_OVERRIDE_REASON = 500;

const COMMAND = /^\/airlock[^\S\r\n]+override(?=$|\s)([^\r\n]*)/i;

/** What `parseOverride` read: the cleaned reason, or why the comment is not a valid override. */
export type ParsedOverride = { ok: true; reason: string } | { ok: false; error: string };

/**
 * `parseOverride` reads a break-glass comment `/airlock override <reason>`. The command is the first line of
 * the comment (leading blank space allowed, `/airlock` and `override` in any case, any spaces between), as
 * for every `/airlock` command; the reason is the rest of that first line, so later lines (context, links)
 * are not part of it and a reason written only on the next line is refused with a hint. The reason is
 * cleaned (`cleanReason`: control and invisible characters removed, spaces collapsed, trimmed) and must be
 * at least `minReasonLength` (1 or more) and at most `MAX_OVERRIDE_REASON` characters. It is returned raw,
 * not escaped: renderers escape it. Never throws.
 */
export function parseOverride(params: { body: string; minReasonLength: number }): ParsedOverride {
  const match = COMMAND.exec(params.body.replace(/^\s+/, ""));
  if (match === null) return { ok: false, error: "not an override command: write /airlock override <reason> on the first line of the comment" };
  const reason = cleanReason(match[1] ?? "");
  const min = Math.max(1, Math.ceil(Number.isFinite(params.minReasonLength) ? params.minReasonLength : 1));
  const length = [...reason].length;
  if (length === 0) return { ok: false, error: `an override needs a reason on the same line: /airlock override <reason> (at least ${min} characters)` };
  if (length < min) return { ok: false, error: `the override reason is too short (${length} characters): give at least ${min}, like the incident or ticket and why the gate must open` };
  if (length > MAX_OVERRIDE_REASON) return { ok: false, error: `the override reason is too long (${length} characters): keep it to ${MAX_OVERRIDE_REASON} and link to details` };
  return { ok: true, reason };
}
