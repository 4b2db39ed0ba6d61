import { configAddressOf } from "../../model/dependency-graph.js";

/** The parts of a resource address that a ResourceChange needs. */
export interface ResourceAddressParts {
  mode: "managed" | "data";
  type: string;
  name: string;
}

/**
 * `describeResourceAddress` splits a resource address (`aws_instance.web[0]`, `data.aws_ami.u`,
 * `module.app.aws_s3_bucket.b`) into mode, type and name, ignoring module steps and instance keys.
 * Returns undefined for module addresses and anything else that does not name a resource.
 */
export function describeResourceAddress(address: string): ResourceAddressParts | undefined {
  const parts = configAddressOf(address).split(".");
  let k = 0;
  while (parts[k] === "module" && k + 2 < parts.length) k += 2;
  const [first, second, third, extra] = parts.slice(k);
  if (first === undefined || second === undefined || extra !== undefined || first === "module") return undefined;
  if (first === "data") return third === undefined ? undefined : { mode: "data", type: second, name: third };
  return third === undefined ? { mode: "managed", type: first, name: second } : undefined;
}

/** `isModuleAddress` tells whether an address names a module call (`module.vpc`, `module.a["x"].module.b`). */
export function isModuleAddress(address: string): boolean {
  const parts = configAddressOf(address).split(".");
  if (parts.length < 2 || parts.length % 2 !== 0) return false;
  for (let k = 0; k < parts.length; k += 2) if (parts[k] !== "module" || parts[k + 1] === "") return false;
  return true;
}
