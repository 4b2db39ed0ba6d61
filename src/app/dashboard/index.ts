export type { AuditReader, AuditReaderQuery } from "./audit-reader.js";
export { dashboardHandler, type DashboardDeps } from "./dashboard-handler.js";
export { tokensMatch } from "./tokens-match.js";
