import { describe, expect, it } from "vitest";
import { toSnapshotCommit } from "../../src/github/list-pull-request-commits.js";
import { resolveLimits } from "../../src/github/load-limits.js";
import { reviewersNeedingPermission, toPermission } from "../../src/github/load-reviewer-permissions.js";
import { chunk } from "../../src/github/chunk.js";
import { readBlob } from "../../src/github/read-blob.js";
import { toAccount } from "../../src/github/to-account.js";
import type { SnapshotReview } from "../../src/model/index.js";
import { fixture, pullRequestExample } from "./support/fixtures.js";

describe("toAccount", () => {
  it.each([
    ["User", "User"],
    ["Organization", "Organization"],
    ["Bot", "Bot"],
    ["Mannequin", "Bot"],
    ["EnterpriseUserAccount", "Bot"],
  ])("maps GitHub type %s to %s", (type, expected) => {
    expect(toAccount({ ...pullRequestExample().user, type }).type).toBe(expected);
  });
});

describe("toPermission", () => {
  it.each<[Record<string, string>, string]>([
    [{ permission: "write", role_name: "maintain" }, "maintain"],
    [{ permission: "read", role_name: "triage" }, "triage"],
    [{ permission: "write", role_name: "security-reviewer" }, "write"],
    [{ permission: "admin" }, "admin"],
    [{ permission: "owner-ish", role_name: "custom" }, "none"],
  ])("%j is %s", (data, expected) => {
    expect(toPermission(data as { permission: string })).toBe(expected);
  });
});

describe("reviewersNeedingPermission", () => {
  const review = (login: string, type: "User" | "Bot", state: SnapshotReview["state"]): SnapshotReview => ({
    user: { login, id: 1, type }, state, commitId: "c", submittedAt: "t",
  });
  it("asks only about humans who approved or requested changes, once each", () => {
    const reviews = [
      review("carol", "User", "APPROVED"), review("carol", "User", "APPROVED"), review("Copilot", "Bot", "APPROVED"),
      review("dave", "User", "COMMENTED"), review("erin", "User", "CHANGES_REQUESTED"), review("frank", "User", "DISMISSED"),
    ];
    expect(reviewersNeedingPermission(reviews)).toEqual(["carol", "erin"]);
  });
});

describe("toSnapshotCommit", () => {
  it("keeps the git identity as written and the linked login, or null when GitHub linked none", () => {
    const [, , unlinked] = fixture<any[]>("pulls-list-commits");
    expect(toSnapshotCommit(unlinked)).toEqual({
      sha: "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", message: "fix typo",
      author: { name: "Some One", email: "someone@example.invalid", login: null },
      committer: { name: "Some One", email: "someone@example.invalid", login: null },
    });
    expect(toSnapshotCommit({ ...unlinked, author: {}, commit: { ...unlinked.commit, author: null } }).author).toEqual({ name: "", email: "", login: null });
  });
});

describe("readBlob", () => {
  it("refuses trees and submodules, and keeps a missing path silent", () => {
    expect(readBlob({ __typename: "Tree" }, 10)).toEqual({ text: null, problem: "it is a Tree, not a file" });
    expect(readBlob(null, 10)).toEqual({ text: null });
    expect(readBlob({ __typename: "Blob", text: "0123456789", byteSize: 10, isBinary: false, isTruncated: false }, 10)).toEqual({ text: "0123456789" });
  });
});

describe("chunk and resolveLimits", () => {
  it("chunks in order", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 50)).toEqual([]);
  });

  it("clamps limits to GitHub's own caps and ignores nonsense", () => {
    expect(resolveLimits({ maxFiles: 10_000, maxCommits: 10, maxBlobBytes: -1 })).toMatchObject({ maxFiles: 3000, maxCommits: 10, maxBlobBytes: 1024 * 1024 });
  });
});
