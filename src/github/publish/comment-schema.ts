import { z } from "zod";

/** GitHub's longest issue comment body, in characters. */
export const MAX_COMMENT_LENGTH = 65536;

/** The fields of an issue comment that Airlock reads. */
export const commentSchema = z.object({
  id: z.number(),
  body: z.string().nullish(),
  issue_url: z.string().optional(),
  user: z.object({ login: z.string(), type: z.string() }).nullable(),
});

/** A validated issue comment. */
export type GitHubComment = z.infer<typeof commentSchema>;
