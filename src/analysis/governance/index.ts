/**
 * Governance rules that hold a PR whatever its risk, all pure (the clock comes in as `now`): velocity limits
 * (`velocityRequirements`), change freezes (`freezeRequirements`) and the break-glass override
 * (`parseOverride`, `authorizeOverride`, `activeOverride`), with helpers that word times for the check output.
 */
export { activeOverride, type RecordedOverride } from "./active-override.js";
export { authorizeOverride, type AuthorizeOverrideParams, type OverrideAuthorization } from "./authorize-override.js";
export { cleanReason } from "./clean-reason.js";
export { describeDuration } from "./describe-duration.js";
export { describeVelocityHold } from "./describe-velocity-hold.js";
export { describeWhenFree } from "./describe-when-free.js";
export { formatInstant } from "./format-instant.js";
export { freezeRequirements, type FreezeConfig } from "./freeze-requirements.js";
export { measureVelocity, type VelocityChange, type VelocityMeasure, type VelocityParams, type VelocityProblem } from "./measure-velocity.js";
export { parseInstant } from "./parse-instant.js";
export { MAX_OVERRIDE_REASON, parseOverride, type ParsedOverride } from "./parse-override.js";
export { velocityRequirements } from "./velocity-requirements.js";
export type { ScopeLimits, VelocityConfig, VelocityScope } from "./velocity-scopes.js";
