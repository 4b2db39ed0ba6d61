export * from "./agent-definition.js";
export * from "./dependency-graph.js";
export * from "./diagnostic.js";
export * from "./ingest-result.js";
export * from "./resource-change.js";
export * from "./score.js";
export * from "./snapshot.js";
export * from "./verdict.js";
