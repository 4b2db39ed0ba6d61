import type { RootInfo } from "../model/ingest-result.js";
import type { InfraKind } from "../model/verdict.js";

/** `infraKindsOf` names the IaC flavours behind a set of roots, sorted and unique. */
export function infraKindsOf(roots: readonly RootInfo[]): InfraKind[] {
  const kinds = new Set<InfraKind>();
  for (const root of roots) kinds.add(kindOf(root));
  return [...kinds].sort();
}

function kindOf(root: RootInfo): InfraKind {
  if (root.kind === "cdktf") return "cdktf";
  if (root.kind === "cloudformation") return root.tool === "aws-cdk" ? "aws-cdk" : "cloudformation";
  return root.tool === "opentofu" ? "opentofu" : "terraform";
}
