import { z } from "zod";
import type { Permission, SnapshotReview } from "../model/index.js";
import { callRest } from "./call-rest.js";
import type { RepoRef } from "./github-client.js";
import { isNotFound } from "./github-error.js";

const permissionSchema = z.object({ permission: z.string(), role_name: z.string().optional() });
const ROLES: readonly Permission[] = ["admin", "maintain", "write", "triage", "read", "none"];

/**
 * `reviewersNeedingPermission` lists, once each and in order of first appearance, the human (`User`)
 * reviewers whose reviews can change the gate: those who approved or requested changes at least once.
 */
export function reviewersNeedingPermission(reviews: readonly SnapshotReview[]): string[] {
  const logins = new Set<string>();
  for (const r of reviews) {
    if (r.user.type === "User" && (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED")) logins.add(r.user.login);
  }
  return [...logins];
}

/**
 * `toPermission` reads the collaborator permission response: `role_name` when it is a built-in role
 * (it tells `maintain` and `triage` apart), else the legacy `permission` field (custom roles map to their
 * base there), else `none`: an unknown level never grants anything.
 */
export function toPermission(data: z.infer<typeof permissionSchema>): Permission {
  const role = ROLES.find((r) => r === data.role_name) ?? ROLES.find((r) => r === data.permission);
  return role ?? "none";
}

/**
 * `loadReviewerPermissions` reads `GET /repos/{owner}/{repo}/collaborators/{username}/permission` for each login,
 * concurrently (one request each). A 404 (unknown user, no access) is `none`; other failures throw.
 */
export async function loadReviewerPermissions(params: RepoRef & { logins: readonly string[] }): Promise<Record<string, Permission>> {
  const entries = await Promise.all(
    params.logins.map(async (login): Promise<[string, Permission]> => {
      try {
        const { data } = await callRest({
          client: params.client,
          action: "get collaborator permission",
          route: "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
          params: { owner: params.owner, repo: params.repo, username: login },
          schema: permissionSchema,
        });
        return [login, toPermission(data)];
      } catch (error) {
        if (isNotFound(error)) return [login, "none"];
        throw error;
      }
    }),
  );
  return Object.fromEntries(entries);
}
