import { describe, expect, it } from "vitest";
import { ingestTerraformPlan, parseTerraformPlan } from "../../../src/ingest/terraform-plan/index.js";
import { nodeId } from "../../../src/model/index.js";
import type { DependencyGraph } from "../../../src/model/index.js";
import { readPlanFixture } from "../../helpers/terraform.js";
import { aChange, aPlan } from "./plan-builders.js";

/** Everything that depends on `start`, directly or through any chain of references (as blast radius walks it). */
function transitiveDependents(graph: DependencyGraph, start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const next of graph.dependents.get(queue.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The resources (not pass-through nodes) among a graph's nodes, as config addresses. */
function resourcesAmong(graph: DependencyGraph, ids: Iterable<string>, root: string): string[] {
  return [...ids].filter((id) => graph.resources.has(id)).map((id) => id.slice(root.length + 1)).sort();
}

describe("dependency graph of the modules fixture", () => {
  const root = "envs/prod";
  const result = parseTerraformPlan({ name: root, text: readPlanFixture("modules") });
  const network = result.changes.find((c) => c.address === "terraform_data.network")!;

  it("finds the direct dependents of the shared network: references, depends_on, provisioners, module inputs", () => {
    expect([...(result.graph.dependents.get(network.node) ?? [])].sort()).toEqual([
      nodeId(root, "module.app.var.network_id"),
      nodeId(root, "module.db.var.network_id"),
      nodeId(root, "terraform_data.audit"),
      nodeId(root, "terraform_data.bootstrap"),
      nodeId(root, "terraform_data.firewall"),
    ]);
  });

  it("follows the network into modules, nested modules, and back out through a module output", () => {
    expect(resourcesAmong(result.graph, transitiveDependents(result.graph, network.node), root)).toEqual([
      "module.app.module.monitor.terraform_data.check",
      "module.app.terraform_data.replica",
      "module.app.terraform_data.server",
      "module.db.module.monitor.terraform_data.check",
      "module.db.terraform_data.replica",
      "module.db.terraform_data.server",
      "terraform_data.audit",
      "terraform_data.bootstrap",
      "terraform_data.dns",
      "terraform_data.firewall",
    ]);
  });

  it("reaches root outputs, which other stacks may read", () => {
    expect(transitiveDependents(result.graph, network.node).has(nodeId(root, "output.app_endpoint"))).toBe(true);
  });

  it("links a module output reference to that output only, not to the whole module", () => {
    const replica = nodeId(root, "module.app.terraform_data.replica");
    expect(transitiveDependents(result.graph, replica).has(nodeId(root, "terraform_data.dns"))).toBe(false);
  });

  it("gives no dependents to an unrelated resource", () => {
    const unrelated = result.changes.find((c) => c.address === "terraform_data.unrelated")!;
    expect(result.graph.dependents.get(unrelated.node)).toBeUndefined();
    expect(transitiveDependents(result.graph, network.node).has(unrelated.node)).toBe(false);
  });

  it("shares one node among the instances of a module and of a counted resource", () => {
    const replicas = result.changes.filter((c) => c.address.includes("terraform_data.replica"));
    expect(new Set(replicas.map((c) => c.node))).toEqual(new Set([
      nodeId(root, "module.app.terraform_data.replica"),
      nodeId(root, "module.db.terraform_data.replica"),
    ]));
  });
});

/** A plan whose configuration root module is `rootModule`, with no changes. */
function graphOf(rootModule: unknown): DependencyGraph {
  return ingestTerraformPlan({ name: "r", plan: aPlan([], { configuration: { root_module: rootModule } }) }).graph;
}

const dependentsOf = (graph: DependencyGraph, address: string) =>
  [...(graph.dependents.get(nodeId("r", address)) ?? [])].map((id) => id.slice(2)).sort();

const resource = (address: string, extra: Record<string, unknown> = {}) => {
  const data = address.startsWith("data.");
  const [type, name] = address.replace(/^data\./, "").split(".");
  return { address, mode: data ? "data" : "managed", type, name, ...extra };
};

describe("dependency graph edges from configuration", () => {
  it("reads references in nested blocks and lists of blocks", () => {
    const graph = graphOf({
      resources: [
        resource("aws_vpc.main"),
        resource("aws_security_group.web", {
          expressions: {
            vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] },
            ingress: [{ cidr_blocks: { references: ["aws_vpc.main.cidr_block", "aws_vpc.main"] } }, { description: { constant_value: "x" } }],
            timeouts: { create: { references: ["data.aws_region.current.name", "data.aws_region.current"] } },
          },
        }),
        resource("data.aws_region.current"),
      ],
    });
    expect(dependentsOf(graph, "aws_vpc.main")).toEqual(["aws_security_group.web"]);
    expect(dependentsOf(graph, "data.aws_region.current")).toEqual(["aws_security_group.web"]);
    expect(graph.resources.has(nodeId("r", "data.aws_region.current"))).toBe(true);
  });

  it("reads count, for_each and depends_on, and resolves instance keys to the resource", () => {
    const graph = graphOf({
      resources: [
        resource("aws_subnet.a"),
        resource("aws_instance.counted", { count_expression: { references: ["aws_subnet.a[0].id", "aws_subnet.a[0]", "aws_subnet.a"] } }),
        resource("aws_instance.each", { for_each_expression: { references: ['aws_subnet.a["x.y"]', "aws_subnet.a"] } }),
        resource("aws_instance.after", { depends_on: ["aws_subnet.a"] }),
      ],
    });
    expect(dependentsOf(graph, "aws_subnet.a")).toEqual(["aws_instance.after", "aws_instance.counted", "aws_instance.each"]);
  });

  it("ignores locals and per-instance values without failing", () => {
    const graph = graphOf({
      resources: [resource("aws_instance.x", { expressions: { tags: { references: ["local.tags", "each.key", "count.index", "path.module", "var.root_only"] } } })],
    });
    expect([...graph.dependents.keys()]).toEqual([]);
  });

  it("wires a module's inputs, outputs and meta-arguments, resolving references declared later", () => {
    const graph = graphOf({
      resources: [
        resource("aws_route53_record.api", { expressions: { records: { references: ["module.svc.ip", "module.svc"] } } }),
        resource("aws_iam_role.gate"),
        resource("aws_kms_key.k"),
        resource("aws_instance.everything", { depends_on: ["module.svc"] }),
      ],
      module_calls: {
        svc: {
          source: "./svc",
          expressions: { key_arn: { references: ["aws_kms_key.k.arn", "aws_kms_key.k"] } },
          depends_on: ["aws_iam_role.gate"],
          module: {
            resources: [
              resource("aws_instance.vm", { expressions: { kms: { references: ["var.key_arn"] } } }),
              resource("aws_s3_bucket.logs"),
            ],
            outputs: { ip: { expression: { references: ["aws_instance.vm.private_ip", "aws_instance.vm"] } } },
            variables: { key_arn: {} },
          },
        },
      },
    });
    expect(dependentsOf(graph, "aws_kms_key.k")).toEqual(["module.svc.var.key_arn"]);
    expect(dependentsOf(graph, "module.svc.var.key_arn")).toEqual(["module.svc.aws_instance.vm"]);
    expect(dependentsOf(graph, "module.svc.output.ip")).toEqual(["aws_route53_record.api", "module.svc"]);
    expect(dependentsOf(graph, "aws_iam_role.gate")).toEqual(["module.svc.aws_instance.vm", "module.svc.aws_s3_bucket.logs"]);
    // depends_on a whole module reaches everything in it, not just its outputs.
    expect(dependentsOf(graph, "module.svc.aws_s3_bucket.logs")).toEqual(["module.svc"]);
    expect(dependentsOf(graph, "module.svc")).toEqual(["aws_instance.everything"]);
  });

  it("gives an empty graph and a warning for a malformed configuration, but still reads the changes", () => {
    const result = ingestTerraformPlan({ name: "r", plan: aPlan([aChange("aws_instance.a", ["create"])], { configuration: { root_module: [] } }) });
    expect(result.changes).toHaveLength(1);
    expect(result.graph.dependents.size).toBe(0);
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "plan.malformed-configuration", path: "configuration.root_module" })]);
    expect(result.roots[0]?.complete).toBe(true);
  });

  it("warns when a plan with changes has no configuration to find dependents in", () => {
    const result = ingestTerraformPlan({ name: "r", plan: aPlan([aChange("aws_instance.a", ["create"])], { configuration: undefined }) });
    expect(result.diagnostics).toEqual([expect.objectContaining({ level: "warning", code: "plan.no-configuration" })]);
    expect(result.graph.resources.has(nodeId("r", "aws_instance.a"))).toBe(true);
  });
});
