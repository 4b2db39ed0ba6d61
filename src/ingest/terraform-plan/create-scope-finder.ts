import { configAddress } from "./config-address.js";
import type { ModuleScope } from "./register-config-nodes.js";

/**
 * `createScopeFinder` returns a function giving the configuration module of an instance's
 * `module_address` (`module.db["primary"].module.monitor`), or undefined when the configuration has no
 * such module (it was removed). Answers are cached per `module_address`: a plan repeats each one for
 * every resource instance in that module.
 */
export function createScopeFinder(rootScope: ModuleScope | undefined): (moduleAddress: string) => ModuleScope | undefined {
  const cache = new Map<string, ModuleScope | null>();
  return (moduleAddress) => {
    if (rootScope === undefined) return undefined;
    let scope = cache.get(moduleAddress);
    if (scope === undefined) {
      scope = walk(rootScope, configAddress(moduleAddress)) ?? null;
      cache.set(moduleAddress, scope);
    }
    return scope ?? undefined;
  };
}

/** Follows `module.a.module.b` (instance keys already stripped) down from the root. */
function walk(rootScope: ModuleScope, path: string): ModuleScope | undefined {
  const steps = path.split(".");
  let scope: ModuleScope | undefined = rootScope;
  for (let i = 0; i + 1 < steps.length && scope !== undefined; i += 2) {
    if (steps[i] !== "module") return undefined;
    scope = scope.calls.get(steps[i + 1] ?? "");
  }
  return steps.length % 2 === 0 ? scope : undefined;
}
