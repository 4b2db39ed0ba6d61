import { asciiLower } from "./ascii-lower.js";
import type { RegistryIndex } from "./index-registry.js";
import { parseNoreplyEmail } from "./parse-noreply-email.js";

const MAX_EMAIL_CHARS = 320;

/** Agents an email points at, and whether it claims to be a GitHub bot account (a noreply of a `[bot]`). */
export interface EmailMatch {
  agents: string[];
  claimsBotAccount: boolean;
}

/**
 * `matchEmail` returns the agents whose fingerprint an email matches: an exact address, the noreply
 * address of one of their bot ids, or an address in one of their vendor domains (subdomains included).
 * Names are never consulted: "Claude" or "Devin" alone is a person. `claimsBotAccount` is true for the
 * noreply address of a bot (by agent bot id or a `[bot]` login), the only kind a push can contradict.
 */
export function matchEmail(index: RegistryIndex, email: string): EmailMatch {
  const address = asciiLower(email.trim());
  // No real address is longer than 254 characters; refusing longer ones keeps the domain walk cheap.
  if (address.length > MAX_EMAIL_CHARS) return { agents: [], claimsBotAccount: false };
  const agents = new Set<string>(index.byEmail.get(address) ?? []);
  const noreply = parseNoreplyEmail(address);
  let claimsBotAccount = noreply !== undefined && noreply.login.endsWith("[bot]");
  if (noreply !== undefined) {
    const owners = index.byBotId.get(noreply.id) ?? [];
    for (const agent of owners) agents.add(agent);
    claimsBotAccount ||= owners.length > 0;
  }
  for (const agent of agentsForDomain(index, address)) agents.add(agent);
  return { agents: [...agents], claimsBotAccount };
}

function agentsForDomain(index: RegistryIndex, address: string): string[] {
  if (index.byEmailDomain.size === 0) return [];
  const at = address.lastIndexOf("@");
  if (at === -1) return [];
  const found: string[] = [];
  // Walk `a.b.vendor.tld` → `b.vendor.tld` → `vendor.tld` → `tld`: one lookup per label.
  let domain = address.slice(at + 1);
  while (domain.length > 0) {
    found.push(...(index.byEmailDomain.get(domain) ?? []));
    const dot = domain.indexOf(".");
    if (dot === -1) break;
    domain = domain.slice(dot + 1);
  }
  return found;
}
