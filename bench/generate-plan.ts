/**
 * Generates `terraform show -json` plans of a given size with a realistic shape: modules, several resource
 * types with nested blocks, prior_state and planned_values alongside resource_changes, sensitive markers,
 * and a configuration whose expressions reference shared network and identity resources, so the dependency
 * graph has real fan-out. Deterministic for a given size (no randomness).
 */

const TYPES = ["aws_instance", "aws_security_group_rule", "aws_s3_bucket", "aws_iam_role_policy", "aws_route53_record", "aws_lambda_function"] as const;

interface Plan {
  format_version: string;
  terraform_version: string;
  variables: Record<string, { value: unknown }>;
  planned_values: { root_module: { child_modules: unknown[] } };
  resource_changes: unknown[];
  prior_state: { format_version: string; values: { root_module: { child_modules: unknown[] } } };
  configuration: { provider_config: unknown; root_module: { resources: unknown[]; module_calls: Record<string, unknown> } };
  timestamp: string;
  applyable: boolean;
  complete: boolean;
  errored: boolean;
}

/** `generatePlanText` returns the JSON text of a plan with `size` resource instances spread over modules of 100. */
export function generatePlanText(size: number): string {
  const plan: Plan = {
    format_version: "1.2",
    terraform_version: "1.11.4",
    variables: { db_password: { value: "hunter2-not-a-real-secret" }, region: { value: "eu-west-1" } },
    planned_values: { root_module: { child_modules: [] } },
    resource_changes: [],
    prior_state: { format_version: "1.0", values: { root_module: { child_modules: [] } } },
    configuration: { provider_config: { aws: { name: "aws", full_name: "registry.terraform.io/hashicorp/aws" } }, root_module: { resources: [], module_calls: {} } },
    timestamp: "2026-11-21T12:00:00Z",
    applyable: true,
    complete: true,
    errored: false,
  };
  addSharedRoot(plan);
  const modules = Math.ceil(size / 100);
  for (let m = 0; m < modules; m += 1) addModule(plan, m, Math.min(100, size - m * 100));
  return JSON.stringify(plan);
}

function addSharedRoot(plan: Plan): void {
  plan.configuration.root_module.resources.push(
    { address: "aws_vpc.main", mode: "managed", type: "aws_vpc", name: "main", provider_config_key: "aws", expressions: { cidr_block: { constant_value: "10.0.0.0/16" } }, schema_version: 1 },
    { address: "aws_iam_role.app", mode: "managed", type: "aws_iam_role", name: "app", provider_config_key: "aws", expressions: { name: { constant_value: "app" } }, schema_version: 0 },
  );
}

function addModule(plan: Plan, m: number, count: number): void {
  const name = `svc${m}`;
  const resources: unknown[] = [];
  const planned: unknown[] = [];
  const prior: unknown[] = [];
  for (let i = 0; i < count; i += 1) {
    const type = TYPES[i % TYPES.length]!;
    const address = `module.${name}.${type}.r${i}`;
    const actions = actionsFor(m * 100 + i);
    const before = actions[0] === "create" ? null : attributes(type, m, i, false);
    const after = actions.length === 1 && actions[0] === "delete" ? null : attributes(type, m, i, actions[0] === "update");
    plan.resource_changes.push({
      address, module_address: `module.${name}`, mode: "managed", type, name: `r${i}`, provider_name: "registry.terraform.io/hashicorp/aws",
      change: { actions, before, after, after_unknown: after ? { id: actions[0] === "create", arn: actions[0] === "create" } : {}, before_sensitive: before ? { password: true } : false, after_sensitive: after ? { password: true } : false },
      ...(actions.includes("delete") && actions.length === 2 ? { action_reason: "replace_because_cannot_update" } : {}),
      ...(actions.length === 1 && actions[0] === "delete" ? { action_reason: "delete_because_no_resource_config" } : {}),
    });
    if (after) planned.push({ address, mode: "managed", type, name: `r${i}`, provider_name: "registry.terraform.io/hashicorp/aws", schema_version: 1, values: after, sensitive_values: { password: true } });
    if (before) prior.push({ address, mode: "managed", type, name: `r${i}`, provider_name: "registry.terraform.io/hashicorp/aws", schema_version: 1, values: before, sensitive_values: { password: true } });
    resources.push({
      address: `${type}.r${i}`, mode: "managed", type, name: `r${i}`, provider_config_key: `${name}:aws`, schema_version: 1,
      expressions: {
        subnet_id: { references: ["var.vpc_id"] },
        role: { references: ["var.role_arn"] },
        tags: { constant_value: { Name: `r${i}` } },
        ...(i > 0 ? { depends_on_value: { references: [`${TYPES[(i - 1) % TYPES.length]}.r${i - 1}.id`, `${TYPES[(i - 1) % TYPES.length]}.r${i - 1}`] } } : {}),
      },
    });
  }
  plan.planned_values.root_module.child_modules.push({ address: `module.${name}`, resources: planned });
  plan.prior_state.values.root_module.child_modules.push({ address: `module.${name}`, resources: prior });
  plan.configuration.root_module.module_calls[name] = {
    source: "./modules/service",
    expressions: { vpc_id: { references: ["aws_vpc.main.id", "aws_vpc.main"] }, role_arn: { references: ["aws_iam_role.app.arn", "aws_iam_role.app"] } },
    module: { resources, variables: { vpc_id: {}, role_arn: {} } },
  };
}

/** Mostly no-op and update, some creates, a few deletes and replaces — the mix of a large routine plan. */
function actionsFor(n: number): string[] {
  if (n % 97 === 0) return ["delete"];
  if (n % 89 === 0) return ["delete", "create"];
  if (n % 13 === 0) return ["create"];
  if (n % 5 === 0) return ["update"];
  return ["no-op"];
}

function attributes(type: string, m: number, i: number, changed: boolean): Record<string, unknown> {
  return {
    id: `${type}-${m}-${i}`,
    arn: `arn:aws:service:eu-west-1:123456789012:${type}/${m}/${i}`,
    name: `${type}-${m}-${i}`,
    password: "not-a-real-secret",
    instance_type: changed ? "t3.large" : "t3.medium",
    tags: { Name: `r${i}`, Team: "platform", Env: m % 2 === 0 ? "prod" : "staging" },
    tags_all: { Name: `r${i}`, Team: "platform", Env: m % 2 === 0 ? "prod" : "staging" },
    root_block_device: [{ volume_size: 50, volume_type: "gp3", encrypted: true, delete_on_termination: true }],
    ingress: [{ from_port: 443, to_port: 443, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"], description: "https" }],
    timeouts: null,
    deletion_protection: false,
  };
}
