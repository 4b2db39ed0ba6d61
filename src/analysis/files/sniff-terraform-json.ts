import { sniffHead } from "./sniff-head.js";

/**
 * `looksLikeTerraformJson` tells whether a JSON text is Terraform or OpenTofu machine output committed to
 * the repository: a plan or `terraform show -json` (`format_version` and `terraform_version`) or a state
 * file (`terraform_version` and `lineage`). Only the first 64 KiB are read; both tools write these keys first.
 */
export function looksLikeTerraformJson(text: string): boolean {
  const head = sniffHead(text);
  if (!head.includes('"terraform_version"')) return false;
  return head.includes('"format_version"') || head.includes('"lineage"');
}
