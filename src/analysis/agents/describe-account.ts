import type { Account } from "../../model/index.js";

/** `describeAccount` renders an account for evidence as `login (id, type)`: the id is what was matched. */
export function describeAccount(account: Account): string {
  return `${account.login} (${account.id}, ${account.type})`;
}
