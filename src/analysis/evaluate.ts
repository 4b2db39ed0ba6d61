import { CONFIG_PATH, nestWeights, type AirlockConfig } from "../config/index.js";
import { hasErrors } from "../model/diagnostic.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";
import { maxTier } from "../model/score.js";
import type { Verdict } from "../model/verdict.js";
import { recognizeAgent } from "./recognize-agent.js";
import { approvalPolicyFor } from "./approval-policy-for.js";
import { approvalRequirements } from "./approvals/approval-requirements.js";
import { evaluateReviews } from "./approvals/evaluate-reviews.js";
import { parseCodeOwners } from "./approvals/parse-codeowners.js";
import { classifyFiles, detectTamper, resolveEnvironments } from "./files/index.js";
import { decideGate } from "./gate/decide-gate.js";
import { ingestSnapshot } from "./ingest-snapshot.js";
import { planLabels } from "./plan-labels.js";
import { gateScope } from "./gate-scope.js";
import { mergeWeights, scoreBlastRadius, scoreDestructiveness } from "./scoring/index.js";
import { sketchDependencies } from "./sketch-dependencies.js";
import { summarizeChange, summarizeConfigChange } from "./summarize-changes.js";

/**
 * `evaluate` decides one pull request from its snapshot and config, with no I/O and no clock:
 * 1. recognise the agent; 2. classify the files; 3. ingest plans and the HCL diff; 4. resolve environments
 * and tamper; 5. score destructiveness and blast radius; 6. pick the approvals the tier and environment need;
 * 7. count the reviews; 8. decide the gate; 9. plan labels. The app, `airlock simulate` and tests share it.
 */
export async function evaluate(params: { snapshot: PullRequestSnapshot; config: AirlockConfig; extendsPaths?: readonly string[] }): Promise<Verdict> {
  const { snapshot, config } = params;
  const agent = recognizeAgent({ snapshot, config });
  const files = classifyFiles({ files: snapshot.files, governancePaths: config.tamper.paths, configPath: CONFIG_PATH, extendsPaths: params.extendsPaths, planWorkflow: config.plans.workflow });
  const ingest = await ingestSnapshot(snapshot);
  const resolved = resolveEnvironments({ paths: files.infra.files, manifests: snapshot.plans ?? [], environments: config.environments, match: "all" });
  const environments = [...resolved.environments, ...(resolved.unmatched.length > 0 && files.infra.touched ? [{ name: "unknown", tier: "unknown" as const }] : [])];
  const tamper = detectTamper({ isAgent: agent.verdict.isAgent, governance: files.governance });
  const diagnostics = [...(snapshot.diagnostics ?? []), ...ingest.diagnostics, ...resolved.problems.map((p) => ({ level: "warning" as const, file: CONFIG_PATH, message: p.message }))];
  const weights = mergeWeights(nestWeights(config.scoring.weights));
  const destructiveness = scoreDestructiveness({ ...ingest, diagnostics, weights });
  const blastRadius = scoreBlastRadius({ ...ingest, diagnostics, environments, tamperedFiles: tamper.files, weights });
  const tier = tamper.detected ? "critical" : maxTier(destructiveness.tier, blastRadius.tier);
  const applied = approvalPolicyFor({ config, tier, environments: resolved.environments, unmatchedFiles: resolved.unmatched.length, tamper: tamper.detected });
  const outcome = evaluateReviews({ reviews: snapshot.reviews, rules: { ...applied.approvals, headSha: snapshot.pullRequest.headSha, author: snapshot.pullRequest.author, requester: agent.verdict.requester, permissions: snapshot.permissions, isAgentAccount: agent.isAgentAccount } });
  const excluded = new Set([snapshot.pullRequest.author.login, agent.verdict.requester ?? ""].map((l) => l.toLowerCase()));
  const requirements = approvalRequirements({
    policy: applied.policy,
    outcome,
    teams: snapshot.teams,
    codeOwners: snapshot.codeowners ? { rules: parseCodeOwners(snapshot.codeowners), files: files.infra.files } : undefined,
    tamper: tamper.detected ? { teams: config.tamper.securityTeams, count: config.tamper.approvals } : undefined,
    excluded,
  });
  const scope = gateScope({ config, isAgent: agent.verdict.isAgent, infraTouched: files.infra.touched, tamper: tamper.detected, tier, autonomous: applied.autonomous });
  const gate = decideGate({
    mode: config.mode,
    gated: scope.gated,
    why: scope.why,
    failures: scope.gated && hasErrors(diagnostics) ? diagnostics.filter((d) => d.level === "error").map((d) => `${d.file}: ${d.message}`) : [],
    requirements,
    requiredApprovals: applied.policy.count,
    approvedBy: outcome.approvedBy,
    ignoredReviews: outcome.ignored,
  });
  const labels = config.labels.enabled
    ? planLabels({ names: config.labels, isAgent: agent.verdict.isAgent, infraTouched: files.infra.touched, destructiveness: destructiveness.tier, blastRadius: blastRadius.tier, tamper: tamper.detected, overridden: false })
    : [];
  if (config.labels.enabled && gate.mode === "shadow" && gate.wouldBlock) labels.push(config.labels.wouldBlock);
  return {
    agent: agent.verdict,
    infra: { ...files.infra, environments: environments.map((e) => e.name) },
    tamper: { detected: tamper.detected, files: tamper.files },
    changes: ingest.changes.map(summarizeChange),
    configChanges: ingest.configChanges.map(summarizeConfigChange),
    destructiveness,
    blastRadius,
    labels,
    gate,
    diagnostics,
    dependencies: sketchDependencies({ changes: ingest.changes, graph: ingest.graph }),
  };
}
