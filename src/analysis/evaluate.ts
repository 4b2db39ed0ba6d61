import { CONFIG_PATH, nestWeights, type AirlockConfig } from "../config/index.js";
import { hasErrors } from "../model/diagnostic.js";
import type { PullRequestSnapshot } from "../model/snapshot.js";
import { maxTier } from "../model/score.js";
import type { Verdict } from "../model/verdict.js";
import { approvalPolicyFor } from "./approval-policy-for.js";
import { approvalRequirements } from "./approvals/approval-requirements.js";
import { evaluateReviews } from "./approvals/evaluate-reviews.js";
import { parseCodeOwners } from "./approvals/parse-codeowners.js";
import { collectRequirements } from "./collect-requirements.js";
import { classifyFiles, detectTamper, resolveEnvironments } from "./files/index.js";
import { decideGate } from "./gate/decide-gate.js";
import { gateScope } from "./gate-scope.js";
import { activeOverride } from "./governance/index.js";
import { ingestSnapshot } from "./ingest-snapshot.js";
import { planLabels } from "./plan-labels.js";
import { planBoundApprovals, riskDigest } from "./plans/index.js";
import { recognizeAgent } from "./recognize-agent.js";
import { mergeWeights, scoreBlastRadius, scoreDestructiveness } from "./scoring/index.js";
import { sketchDependencies } from "./sketch-dependencies.js";
import { summarizeChange, summarizeConfigChange } from "./summarize-changes.js";

/**
 * `evaluate` decides one pull request from its snapshot and config, with no I/O and no clock:
 * 1. recognise the agent; 2. classify the files; 3. ingest plans, synth output and the HCL diff; 4. resolve
 * environments and tamper; 5. score destructiveness and blast radius; 6. pick the approvals the tier and
 * environment need and count the reviews; 7. add plan, velocity and freeze requirements; 8. decide the gate
 * (a recorded override for this head SHA opens it); 9. plan labels. The app, `airlock simulate` and tests
 * share it.
 */
export async function evaluate(params: { snapshot: PullRequestSnapshot; config: AirlockConfig; extendsPaths?: readonly string[] }): Promise<Verdict> {
  const { snapshot, config } = params;
  const pr = snapshot.pullRequest;
  const agent = recognizeAgent({ snapshot, config });
  const files = classifyFiles({ files: snapshot.files, governancePaths: config.tamper.paths, configPath: CONFIG_PATH, extendsPaths: params.extendsPaths, planWorkflow: config.plans.workflow });
  const cloudformationPaths = new Set(files.byFile.filter((f) => f.kinds.includes("cloudformation")).map((f) => f.path));
  const ingest = await ingestSnapshot(snapshot, { cloudformationPaths });
  const changes = ingest.result;
  const resolved = resolveEnvironments({ paths: files.infra.files, manifests: snapshot.plans ?? [], environments: config.environments, match: "all" });
  const environments = [...resolved.environments, ...(resolved.unmatched.length > 0 && files.infra.touched ? [{ name: "unknown", tier: "unknown" as const }] : [])];
  const tamper = detectTamper({ isAgent: agent.verdict.isAgent, governance: files.governance });
  const diagnostics = [...(snapshot.diagnostics ?? []), ...changes.diagnostics, ...resolved.problems.map((p) => ({ level: "warning" as const, file: CONFIG_PATH, message: p.message }))];
  const weights = mergeWeights(nestWeights(config.scoring.weights));
  const destructiveness = scoreDestructiveness({ ...changes, diagnostics, weights });
  const blastRadius = scoreBlastRadius({ ...changes, diagnostics, environments, tamperedFiles: tamper.files, weights });
  const tier = tamper.detected ? "critical" : maxTier(destructiveness.tier, blastRadius.tier);
  const applied = approvalPolicyFor({ config, tier, environments: resolved.environments, unmatchedFiles: resolved.unmatched.length, tamper: tamper.detected });
  const stillCurrent = applied.approvals.bind === "plan" ? planBoundApprovals({ headSha: pr.headSha, digestsBySha: snapshot.planDigests ?? {}, currentDigest: ingest.planChanges.length > 0 ? riskDigest(ingest.planChanges) : undefined }) : undefined;
  const outcome = evaluateReviews({ reviews: snapshot.reviews, rules: { ...applied.approvals, headSha: pr.headSha, author: pr.author, requester: agent.verdict.requester, otherRequesters: agent.verdict.otherRequesters, permissions: snapshot.permissions, isAgentAccount: agent.isAgentAccount, stillCurrent } });
  const requirements = [
    ...approvalRequirements({
      policy: applied.policy,
      outcome,
      teams: snapshot.teams,
      codeOwners: snapshot.codeowners ? { rules: parseCodeOwners(snapshot.codeowners), files: files.infra.files } : undefined,
      tamper: tamper.detected ? { teams: config.tamper.securityTeams, count: config.tamper.approvals } : undefined,
      excluded: new Set([pr.author.login, agent.verdict.requester ?? "", ...(agent.verdict.otherRequesters ?? [])].map((l) => l.toLowerCase())),
    }),
    ...collectRequirements({ snapshot, config, ingest, tier, isAgent: agent.verdict.isAgent, agent: agent.verdict.name, environments, infraKinds: files.infra.kinds }),
  ];
  const scope = gateScope({ config, isAgent: agent.verdict.isAgent, infraTouched: files.infra.touched, tamper: tamper.detected, tier, autonomous: applied.autonomous });
  const override = activeOverride({ overrides: snapshot.overrides ?? [], headSha: pr.headSha });
  const gate = decideGate({
    mode: config.mode,
    gated: scope.gated,
    why: scope.why,
    failures: scope.gated && hasErrors(diagnostics) ? diagnostics.filter((d) => d.level === "error").map((d) => `${d.file}: ${d.message}`) : [],
    requirements,
    requiredApprovals: applied.policy.count,
    approvedBy: outcome.approvedBy,
    ignoredReviews: outcome.ignored,
    override: override ?? undefined,
  });
  const labels = config.labels.enabled
    ? planLabels({ names: config.labels, isAgent: agent.verdict.isAgent, infraTouched: files.infra.touched, destructiveness: destructiveness.tier, blastRadius: blastRadius.tier, tamper: tamper.detected, overridden: override !== null })
    : [];
  if (config.labels.enabled && gate.mode === "shadow" && gate.wouldBlock) labels.push(config.labels.wouldBlock);
  return {
    agent: agent.verdict,
    infra: { ...files.infra, environments: environments.map((e) => e.name) },
    tamper: { detected: tamper.detected, files: tamper.files },
    changes: changes.changes.map(summarizeChange),
    configChanges: changes.configChanges.map(summarizeConfigChange),
    destructiveness,
    blastRadius,
    labels,
    gate,
    diagnostics,
    dependencies: sketchDependencies({ changes: changes.changes, graph: changes.graph }),
    ...(ingest.planChanges.length > 0 ? { planDigest: riskDigest(ingest.planChanges) } : {}),
  };
}
