import { asBoolean, asNumber, asObjectList, asStringList, readAttribute } from "./read-attribute.js";
import type { WideningFinding } from "./widening-finding.js";

type Family = "aws" | "aws-nacl" | "gcp" | "gcp-sql" | "azure";

/** An inbound rule open to any source, reduced to what classification needs. */
interface OpenRule {
  family: Family;
  source: string;
  protocol: string;
  ports: string;
  from: number;
  to: number;
}

const ANY_SOURCE = new Set(["0.0.0.0/0", "::/0", "*", "internet", "any"]);
const ALL_PROTOCOLS = new Set(["-1", "all", "*"]);

/** Checkov/Trivy ids per family and port class (Azure has Checkov ids only). */
const CHECKS: Record<Family, Partial<Record<"ssh" | "rdp" | "all" | "http" | "other", string>>> = {
  aws: { ssh: "Checkov CKV_AWS_24, Trivy AWS-0107", rdp: "Checkov CKV_AWS_25, Trivy AWS-0107", all: "Checkov CKV_AWS_277, Trivy AWS-0107", http: "Checkov CKV_AWS_260, Trivy AWS-0107", other: "Trivy AWS-0107" },
  "aws-nacl": { all: "Checkov CKV_AWS_352, Trivy AWS-0105", ssh: "Trivy AWS-0105", rdp: "Trivy AWS-0105", http: "Trivy AWS-0105", other: "Trivy AWS-0105" },
  gcp: { ssh: "Checkov CKV_GCP_2, Trivy GCP-0027", rdp: "Checkov CKV_GCP_3, Trivy GCP-0027", all: "Trivy GCP-0027", http: "Trivy GCP-0027", other: "Trivy GCP-0027" },
  "gcp-sql": { all: "Checkov CKV_GCP_11" },
  azure: { ssh: "Checkov CKV_AZURE_10", rdp: "Checkov CKV_AZURE_9", http: "Checkov CKV_AZURE_160" },
};

const READERS: Readonly<Record<string, (attributes: unknown) => OpenRule[]>> = {
  aws_security_group: (a) => asObjectList(readAttribute(a, ["ingress"])).flatMap((r) => awsRules("aws", r, "cidr_blocks", "ipv6_cidr_blocks", "protocol")),
  aws_default_security_group: (a) => asObjectList(readAttribute(a, ["ingress"])).flatMap((r) => awsRules("aws", r, "cidr_blocks", "ipv6_cidr_blocks", "protocol")),
  aws_security_group_rule: (a) => (readAttribute(a, ["type"]) === "ingress" ? awsRules("aws", a, "cidr_blocks", "ipv6_cidr_blocks", "protocol") : []),
  aws_vpc_security_group_ingress_rule: (a) => awsRules("aws", a, "cidr_ipv4", "cidr_ipv6", "ip_protocol"),
  aws_network_acl_rule: (a) =>
    asBoolean(readAttribute(a, ["egress"])) !== true && readAttribute(a, ["rule_action"]) === "allow" ? awsRules("aws-nacl", a, "cidr_block", "ipv6_cidr_block", "protocol") : [],
  "AWS::EC2::SecurityGroup": (a) => asObjectList(readAttribute(a, ["Properties", "SecurityGroupIngress"])).flatMap(cfnRules),
  "AWS::EC2::SecurityGroupIngress": (a) => cfnRules(readAttribute(a, ["Properties"])),
  google_compute_firewall: googleFirewallRules,
  google_sql_database_instance: (a) =>
    asObjectList(readAttribute(a, ["settings", 0, "ip_configuration", 0, "authorized_networks"]))
      .filter((n) => typeof n.value === "string" && ANY_SOURCE.has(n.value))
      .map((n) => ({ family: "gcp-sql", source: String(n.value), protocol: "all", ports: "the database", from: 0, to: 65535 })),
  azurerm_network_security_rule: (a) => azureRules(a),
  azurerm_network_security_group: (a) => asObjectList(readAttribute(a, ["security_rule"])).flatMap(azureRules),
};

/** `hasIngress` tells whether a type can open inbound access (a cheap pre-check). */
export function hasIngress(type: string): boolean {
  return READERS[type] !== undefined;
}

/** `ingressFindings` finds inbound rules open to the whole internet (`0.0.0.0/0`, `::/0`, Azure `*`/`Internet`). */
export function ingressFindings(type: string, attributes: unknown): WideningFinding[] {
  const read = READERS[type];
  if (read === undefined || attributes === null || attributes === undefined) return [];
  return read(attributes).map(toFinding);
}

function toFinding(rule: OpenRule): WideningFinding {
  const cls = portClass(rule);
  const finding: WideningFinding = {
    key: `ingress:${rule.protocol}:${rule.ports}:${rule.source}`,
    rule: "widening.open-ingress",
    weight: cls === "ssh" || cls === "rdp" || cls === "all" ? "openIngressAdminPort" : "openIngress",
    detail: `opens ${rule.ports === "the database" ? "the database" : `${describePorts(rule)}`} to ${rule.source} (the whole internet)`,
  };
  const checks = CHECKS[rule.family][cls];
  if (checks !== undefined) finding.checks = checks;
  return finding;
}

function portClass(rule: OpenRule): "ssh" | "rdp" | "all" | "http" | "other" {
  if (ALL_PROTOCOLS.has(rule.protocol) || (rule.from <= 0 && rule.to >= 65535)) return "all";
  if (rule.from <= 22 && rule.to >= 22) return "ssh";
  if (rule.from <= 3389 && rule.to >= 3389) return "rdp";
  if (rule.from <= 80 && rule.to >= 80) return "http";
  return "other";
}

function describePorts(rule: OpenRule): string {
  if (ALL_PROTOCOLS.has(rule.protocol) || (rule.from <= 0 && rule.to >= 65535)) return "every port";
  return rule.from === rule.to ? `port ${rule.from}` : `ports ${rule.from}-${rule.to}`;
}

function awsRules(family: Family, r: unknown, v4: string, v6: string, protocolKey: string): OpenRule[] {
  const sources = [...asStringList(readAttribute(r, [v4])), ...asStringList(readAttribute(r, [v6]))].filter((s) => ANY_SOURCE.has(s));
  const protocol = String(readAttribute(r, [protocolKey]) ?? "-1").toLowerCase();
  const from = asNumber(readAttribute(r, ["from_port"])) ?? 0;
  const to = asNumber(readAttribute(r, ["to_port"])) ?? 65535;
  return sources.map((source) => ({ family, source, protocol, ports: `${from}-${to}`, from, to }));
}

function cfnRules(r: unknown): OpenRule[] {
  const sources = [readAttribute(r, ["CidrIp"]), readAttribute(r, ["CidrIpv6"])].filter((s): s is string => typeof s === "string" && ANY_SOURCE.has(s));
  const protocol = String(readAttribute(r, ["IpProtocol"]) ?? "-1").toLowerCase();
  const from = asNumber(readAttribute(r, ["FromPort"])) ?? 0;
  const to = asNumber(readAttribute(r, ["ToPort"])) ?? 65535;
  return sources.map((source) => ({ family: "aws", source, protocol, ports: `${from}-${to}`, from, to }));
}

function googleFirewallRules(a: unknown): OpenRule[] {
  const direction = readAttribute(a, ["direction"]);
  if ((direction !== undefined && direction !== null && direction !== "INGRESS") || asBoolean(readAttribute(a, ["disabled"])) === true) return [];
  const sources = asStringList(readAttribute(a, ["source_ranges"])).filter((s) => ANY_SOURCE.has(s));
  const rules: OpenRule[] = [];
  for (const allow of asObjectList(readAttribute(a, ["allow"]))) {
    const protocol = String(allow.protocol ?? "all").toLowerCase();
    const ports = asStringList(allow.ports);
    const ranges = ports.length === 0 ? ["0-65535"] : ports;
    for (const source of sources) for (const range of ranges) rules.push({ family: "gcp", source, protocol, ...portRange(range) });
  }
  return rules;
}

function azureRules(r: unknown): OpenRule[] {
  if (String(readAttribute(r, ["direction"])).toLowerCase() !== "inbound" || String(readAttribute(r, ["access"])).toLowerCase() !== "allow") return [];
  const prefixes = [...asStringList(readAttribute(r, ["source_address_prefix"])), ...asStringList(readAttribute(r, ["source_address_prefixes"]))];
  const sources = prefixes.filter((s) => ANY_SOURCE.has(s.toLowerCase()));
  const ports = [...asStringList(readAttribute(r, ["destination_port_range"])), ...asStringList(readAttribute(r, ["destination_port_ranges"]))];
  const protocol = String(readAttribute(r, ["protocol"]) ?? "*").toLowerCase();
  const rules: OpenRule[] = [];
  for (const source of sources) for (const range of ports.length === 0 ? ["*"] : ports) rules.push({ family: "azure", source, protocol, ...portRange(range) });
  return rules;
}

function portRange(text: string): { ports: string; from: number; to: number } {
  if (text === "*") return { ports: "0-65535", from: 0, to: 65535 };
  const [low, high] = text.split("-");
  const from = asNumber(low) ?? 0;
  const to = asNumber(high ?? low) ?? 65535;
  return { ports: `${from}-${to}`, from, to };
}
