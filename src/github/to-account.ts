import { z } from "zod";
import type { Account } from "../model/index.js";

/** The fields of a GitHub user object (REST `simple-user`) that Airlock reads. */
export const userSchema = z.object({ login: z.string(), id: z.number(), type: z.string() });

/** A validated GitHub user object. */
export type GitHubUser = z.infer<typeof userSchema>;

/** A git object id: 40 hex digits (SHA-1) or 64 (SHA-256 repositories). */
export const shaSchema = z.string().regex(/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/, "expected a commit SHA");

/**
 * `toAccount` maps a GitHub user object to an Account. GitHub types other than `User` and `Organization`
 * (`Bot`, `Mannequin`, anything new) become `Bot`: an account Airlock cannot prove to be a human is never
 * treated as one, so its approvals never count.
 */
export function toAccount(user: GitHubUser): Account {
  const type = user.type === "User" || user.type === "Organization" ? user.type : "Bot";
  return { login: user.login, id: user.id, type };
}
