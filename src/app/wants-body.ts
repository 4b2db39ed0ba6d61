import { isSniffCandidate } from "../analysis/files/index.js";

const IAC_SOURCE = /(\.tf|\.tf\.json|\.tofu|\.tofu\.json|\.tfvars|\.tfvars\.json|\.template\.json|\.template\.ya?ml)$|(^|\/)(cdktf\.json|cdk\.json|manifest\.json)$/;

/** `wantsBody` tells which changed files the snapshot needs the text of: IaC sources and files whose content decides their kind. */
export function wantsBody(path: string): boolean {
  return IAC_SOURCE.test(path) || isSniffCandidate(path);
}
