import { z } from "zod";
import { callGraphql, type GraphqlIssue } from "./call-graphql.js";
import type { GitHubClient } from "./github-client.js";

/** Config files larger than this are refused rather than parsed. */
export const MAX_CONFIG_BYTES = 256 * 1024;

/** One config file as read: its text, or why it cannot be used. */
export type ConfigFile = { text: string } | { unreadable: string };

/** The config file of a repository and of its owner's `.github` repository, each null when absent. */
export interface ConfigFiles {
  own: ConfigFile | null;
  organization: ConfigFile | null;
}

const QUERY = `query($owner: String!, $repo: String!, $expression: String!) {
  repository(owner: $owner, name: $repo) { config: object(expression: $expression) { ...configBlob } }
  org: repository(owner: $owner, name: ".github") { config: object(expression: $expression) { ...configBlob } }
}
fragment configBlob on GitObject { __typename ... on Blob { text byteSize isBinary isTruncated } }`;

const objectSchema = z
  .object({ __typename: z.string(), text: z.string().nullable().optional(), byteSize: z.number().optional(), isBinary: z.boolean().nullable().optional(), isTruncated: z.boolean().optional() })
  .nullable();
const schema = z.object({
  repository: z.object({ config: objectSchema }),
  org: z.object({ config: objectSchema }).nullable(),
});

/**
 * `readConfigFiles` reads `path` from the default branch (`HEAD`) of the repository and of its owner's `.github`
 * repository in one GraphQL request. An organisation without a `.github` repository the app can see counts as
 * having no file; any other failure throws a GitHubError (the caller fails the check). A file that is not a
 * text blob, is binary, truncated or over MAX_CONFIG_BYTES comes back `unreadable` with the reason.
 */
export async function readConfigFiles(params: { client: GitHubClient; owner: string; repo: string; path: string }): Promise<ConfigFiles> {
  const { data } = await callGraphql({
    client: params.client,
    action: "read config",
    query: QUERY,
    variables: { owner: params.owner, repo: params.repo, expression: `HEAD:${params.path}` },
    schema,
    tolerate: isMissingOrganizationRepository,
  });
  return { own: toConfigFile(data.repository.config), organization: data.org ? toConfigFile(data.org.config) : null };
}

function isMissingOrganizationRepository(issue: GraphqlIssue): boolean {
  return issue.type === "NOT_FOUND" && issue.path?.[0] === "org";
}

function toConfigFile(object: z.infer<typeof objectSchema>): ConfigFile | null {
  if (object === null) return null;
  if (object.__typename !== "Blob") return { unreadable: `is a ${object.__typename.toLowerCase()}, not a file` };
  if ((object.byteSize ?? 0) > MAX_CONFIG_BYTES) return { unreadable: `is ${object.byteSize} bytes, over the ${MAX_CONFIG_BYTES}-byte limit` };
  if (object.isBinary === true || object.isTruncated === true || typeof object.text !== "string") return { unreadable: "is not readable as UTF-8 text" };
  // The text itself is held to the limit too, whatever size the response claims.
  if (object.text.length > MAX_CONFIG_BYTES) return { unreadable: `is over the ${MAX_CONFIG_BYTES}-byte limit` };
  return { text: object.text };
}
