export { crossCheckPlan, type PlanCrossCheck, type PlanFinding } from "./cross-check-plan.js";
export { planBoundApprovals, type PlanBoundApprovalsParams } from "./plan-bound-approvals.js";
export { PLANNABLE_KINDS, planRequired, type PlanNeed, type PlanRequireConfig, type TouchedEnvironment } from "./plan-required.js";
export { PLAN_REQUIREMENT_ID, planRequirement, type PlanRequirementParams, type PlanState, type PlanStatus } from "./plan-requirement.js";
export { coveringRoot, coversRoot, normalizeRoot } from "./plan-roots.js";
export { planTrust, type PlanTrust, type PlanTrustParams } from "./plan-trust.js";
export { riskAttributes, SENSITIVE_CHANGED } from "./risk-attributes.js";
export { riskDigest } from "./risk-digest.js";
export { riskRecords } from "./risk-records.js";
