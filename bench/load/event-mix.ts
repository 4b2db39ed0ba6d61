/**
 * The webhook deliveries of a load test, in order: delivery `i` goes to PR `i mod prs`; each PR's first
 * delivery is `opened`, the later ones rotate through `synchronize` (a new head), `pull_request_review`
 * (an approval, sometimes a comment-only review) and `labeled` (a human label). Building a delivery applies its
 * change to the fake repository first, as GitHub changes the PR before it sends the event.
 */
import { pullRequestEvent, review } from "../../test/app/support/fake-github.js";
import { addHumanLabel, FIRST_PULL, HUMAN_LABELS, mustPull, pushHead, REVIEWERS, submitReview, type FleetState } from "./fleet-state.js";

/** One delivery: the `x-github-event` name and the JSON body to sign and post. */
export interface Delivery {
  event: "pull_request" | "pull_request_review";
  kind: "opened" | "synchronize" | "labeled" | "review";
  pullNumber: number;
  body: string;
}

const LATER_KINDS = ["synchronize", "review", "labeled", "review"] as const;

/** `deliveryFactory` returns `next(i)`, which changes the fleet for delivery `i` and returns its payload. */
export function deliveryFactory(state: FleetState): (i: number) => Delivery {
  const template = pullRequestEvent("opened");
  const { repository, installation, sender } = template;
  const prs = state.pulls.size;
  return (i) => {
    const pullNumber = FIRST_PULL + (i % prs);
    const round = Math.floor(i / prs);
    const kind = round === 0 ? "opened" : LATER_KINDS[(round + pullNumber) % LATER_KINDS.length]!;
    const pull = mustPull(state, pullNumber);
    if (kind === "review") {
      const login = REVIEWERS[(round + pullNumber) % REVIEWERS.length]!;
      const r = { ...review(login, round % 7 === 0 ? "COMMENTED" : "APPROVED", { commit: pull.pr.head.sha }), id: i + 1 };
      submitReview(state, pullNumber, r);
      const body = JSON.stringify({ action: "submitted", review: r, pull_request: pull.pr, repository, installation, sender: r.user });
      return { event: "pull_request_review", kind, pullNumber, body };
    }
    if (kind === "synchronize") pushHead(state, pullNumber);
    const label = kind === "labeled" ? { name: HUMAN_LABELS[round % HUMAN_LABELS.length]!, color: "0e8a16", description: null } : undefined;
    if (label) addHumanLabel(state, pullNumber, label.name);
    const payload = { action: kind, number: pullNumber, pull_request: pull.pr, repository, installation, sender, ...(label ? { label } : {}) };
    return { event: "pull_request", kind, pullNumber, body: JSON.stringify(payload) };
  };
}
