import { asciiLower } from "./ascii-lower.js";

/** Accounts named in config by login and/or numeric id (`alwaysAgent`, `neverAgent`). */
export interface AccountList {
  logins: readonly string[];
  ids: readonly number[];
}

/**
 * `inAccountList` tells whether `account` is named by `list`: by numeric id, or by login compared
 * case-insensitively and exactly (so `claude` does not name `claude[bot]`). An absent list names nobody;
 * an account known only by login (a PR assignee) is matched by login alone.
 */
export function inAccountList(account: { login: string; id?: number } | undefined, list: AccountList | undefined): boolean {
  if (account === undefined || list === undefined) return false;
  if (account.id !== undefined && list.ids.includes(account.id)) return true;
  const login = asciiLower(account.login ?? "");
  return login.length > 0 && list.logins.some((entry) => asciiLower(entry) === login);
}
