import { describe, expect, it } from "vitest";
import { scoreBlastRadius, scoreDestructiveness } from "../../../src/analysis/scoring/index.js";
import { addEdge, emptyGraph, nodeId, type ResourceChange } from "../../../src/model/index.js";
import { aChange, aRoot } from "../../helpers/changes.js";

const N = 50_000;
const TYPES = ["aws_instance", "aws_db_instance", "aws_s3_bucket", "aws_security_group", "aws_iam_policy", "aws_subnet", "google_compute_instance", "azurerm_storage_account"];

/** Provider attributes a plan carries for each resource, which scoring must not walk (about 2 KB, like real AWS resources). */
function providerNoise(i: number): Record<string, unknown> {
  const noise: Record<string, unknown> = {};
  for (let k = 0; k < 24; k += 1) noise[`attribute_${k}`] = `value-${k}-${i}-${"x".repeat(k % 7)}`;
  noise.timeouts = { create: "40m", delete: "60m", update: null };
  noise.network_interface = [{ device_index: 0, network_interface_id: `eni-${i}`, delete_on_termination: true }];
  noise.metadata_options = [{ http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1 }];
  noise.tags_all = { Name: `resource-${i}`, team: "platform", env: "prod", cost_center: "cc-42", owner: "alice" };
  return noise;
}

function attributes(i: number) {
  return {
    ...providerNoise(i),
    id: `id-${i}`,
    tags: { Name: `resource-${i}`, team: "platform", env: "prod" },
    deletion_protection: i % 2 === 0,
    ingress: [{ cidr_blocks: ["10.0.0.0/8"], from_port: 443, to_port: 443, protocol: "tcp" }],
    policy: JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: `arn:aws:s3:::bucket-${i}/*` }] }),
    root_block_device: [{ volume_size: 20, encrypted: true, delete_on_termination: true }],
  };
}

function fixture(): { changes: ResourceChange[]; plan: string } {
  const changes = Array.from({ length: N }, (_, i) => {
    const type = TYPES[i % TYPES.length]!;
    const action = (["update", "delete", "create", "replace"] as const)[i % 4]!;
    return aChange({ type, address: `module.m${i % 100}.${type}.r[${i}]`, action, before: action === "create" ? null : attributes(i), after: action === "delete" ? null : { ...attributes(i + 1) } });
  });
  const plan = JSON.stringify({ format_version: "1.2", resource_changes: changes.map((c) => ({ address: c.address, type: c.type, change: { actions: [c.action], before: c.before, after: c.after } })) });
  return { changes, plan };
}

function fastest(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 4; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("scoring cost", () => {
  // The benchmark's budget is half a JSON.parse; this guard allows the whole parse time so that a loaded CI
  // machine does not make it flaky, while any quadratic path or walk over every attribute still fails it.
  it("scores 50k changes faster than their plan parses (no quadratic paths, no walk over all attributes)", () => {
    const { changes, plan } = fixture();
    const graph = emptyGraph();
    for (const c of changes) graph.resources.add(c.node);
    // a chain plus a hub: every node has a dependent, so the dependents walk touches the whole graph
    for (let i = 1; i < N; i += 1) addEdge(graph, changes[i]!.node, changes[i - 1]!.node);
    for (let i = 0; i < N; i += 50) addEdge(graph, changes[i]!.node, nodeId("envs/prod", "aws_vpc.main"));
    const parse = fastest(() => JSON.parse(plan));
    const score = fastest(() => {
      scoreDestructiveness({ changes, configChanges: [], diagnostics: [], roots: [aRoot()] });
      scoreBlastRadius({ changes, configChanges: [], graph, diagnostics: [], roots: [aRoot()], environments: [{ name: "prod", tier: "production" }] });
    });
    expect(score, `scoring took ${score.toFixed(0)} ms, parsing ${parse.toFixed(0)} ms`).toBeLessThan(parse);
  });
});
