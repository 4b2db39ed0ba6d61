/** The account a GitHub noreply address names. `login` keeps its case from the address. */
export interface NoreplyAccount {
  id: number;
  login: string;
}

const NOREPLY_DOMAIN = "users.noreply.github.com";
// GitHub Enterprise Server hosts use `users.noreply.<hostname>`.
const GHES_NOREPLY_PREFIX = "users.noreply.";

/**
 * `parseNoreplyEmail` returns the id and login of an `<id>+<login>@users.noreply.github.com` address
 * (or the GHES `users.noreply.<host>` form), and undefined for anything else, including the old id-less
 * `<login>@users.noreply.github.com` form. The id is what identifies the account; it is still only a
 * claim, because anyone can write any address into a commit.
 */
export function parseNoreplyEmail(email: string): NoreplyAccount | undefined {
  const at = email.lastIndexOf("@");
  if (at <= 0) return undefined;
  const domain = email.slice(at + 1).trim().toLowerCase();
  if (domain !== NOREPLY_DOMAIN && !domain.startsWith(GHES_NOREPLY_PREFIX)) return undefined;
  const local = email.slice(0, at).trim();
  const plus = local.indexOf("+");
  if (plus <= 0 || plus > 15) return undefined;
  const digits = local.slice(0, plus);
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
  }
  const login = local.slice(plus + 1);
  if (login.length === 0) return undefined;
  return { id: Number(digits), login };
}
