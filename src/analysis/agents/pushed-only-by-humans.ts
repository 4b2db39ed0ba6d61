import type { PullRequestSnapshot } from "../../model/index.js";
import { inAccountList, type AccountList } from "./account-list.js";
import { DETECTION_LIMITS } from "./detection-limits.js";
import { isBotAccount } from "./is-agent-account.js";

/**
 * `pushedOnlyByHumans` tells whether GitHub says every push to the PR came from a person: the recorded
 * pushers, or failing those the webhook sender, are all `User`s that are not configured machine users.
 * False when GitHub said nothing (no pushers, no sender): then commit identities cannot be contradicted.
 * The snapshot loader must only record the sender of events that push or open the PR.
 */
export function pushedOnlyByHumans(actors: PullRequestSnapshot["actors"], alwaysAgent?: AccountList): boolean {
  const pushers = (actors?.pushers ?? []).slice(0, DETECTION_LIMITS.maxActors);
  const known = pushers.length > 0 ? pushers : actors?.sender ? [actors.sender] : [];
  return (
    known.length > 0 &&
    known.every((account) => account.type === "User" && !isBotAccount(account) && !inAccountList(account, alwaysAgent))
  );
}
