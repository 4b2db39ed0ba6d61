import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withAuditFacts } from "../../src/app/audit-facts.js";
import type { AuditStore } from "../../src/audit/audit-store.js";
import { openSqliteAuditStore } from "../../src/audit/sqlite-audit-store.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";
import type { PullRequestSnapshot } from "../../src/model/snapshot.js";
import { aMerge, anEvaluation, anOverride, HEAD } from "./support/audit-events.js";

const OTHER = "b".repeat(40);
const snapshot = { repository: "acme/infra", now: "2026-11-21T14:00:00Z", pullRequest: { number: 42 } } as unknown as PullRequestSnapshot;

describe("withAuditFacts", () => {
  let store: AuditStore;
  beforeEach(() => {
    store = openSqliteAuditStore({ path: ":memory:" });
  });
  afterEach(() => store.close());

  it("adds the PR's overrides, the last plan digest recorded per head SHA and the repository's agent merges in the window", async () => {
    for (const event of [
      anEvaluation({ planDigest: "d-old" }),
      anEvaluation({ headSha: OTHER, planDigest: "d-other" }),
      anEvaluation({ planDigest: "d-new" }),
      anEvaluation(),
      anEvaluation({ pullNumber: 7, headSha: OTHER, planDigest: "d-elsewhere" }),
      anOverride(),
      anOverride({ pullNumber: 7 }),
      aMerge({ pullNumber: 3 }),
      aMerge({ pullNumber: 4, agent: null }),
      aMerge({ pullNumber: 5, at: "2026-11-01T00:00:00Z" }),
      aMerge({ pullNumber: 6, repository: "acme/web" }),
    ]) {
      await store.append(event);
    }

    const facts = await withAuditFacts({ store, snapshot, config: DEFAULT_CONFIG });

    expect(facts.planDigests).toEqual({ [HEAD]: "d-new", [OTHER]: "d-other" });
    expect(facts.overrides).toEqual([{ headSha: HEAD, login: "dave", reason: "production is down", at: "2026-11-21T12:40:00Z" }]);
    expect(facts.history).toEqual([{ mergedAt: "2026-11-21T13:00:00Z", agent: "copilot", environments: ["production"], destroyed: 1 }]);
    expect(facts.repository).toBe("acme/infra");
  });

  it("gives empty facts for a PR the trail has not seen", async () => {
    const facts = await withAuditFacts({ store, snapshot, config: DEFAULT_CONFIG });
    expect(facts).toMatchObject({ overrides: [], planDigests: {}, history: [] });
  });
});
