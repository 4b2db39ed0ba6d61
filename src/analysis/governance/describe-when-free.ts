import { describeDuration } from "./describe-duration.js";
import { formatInstant } from "./format-instant.js";

/**
 * `describeWhenFree` tells when something held frees up, both exactly and relative to `now` (epoch
 * milliseconds): `2026-11-21T15:20:00Z (in 3 h 20 min)`. A time at or before `now` is `now`; a time that is
 * not a finite number is `an unknown time`.
 */
export function describeWhenFree(params: { at: number; now: number }): string {
  const { at, now } = params;
  if (!Number.isFinite(at) || !Number.isFinite(now)) return "an unknown time";
  if (at <= now) return "now";
  return `${formatInstant(at)} (in ${describeDuration(at - now)})`;
}
