import type nock from "nock";

/** A captured GraphQL request body. */
export interface GraphqlBody {
  query: string;
  variables: Record<string, string>;
}

/** What the fake GraphQL endpoint answers for an object expression (`<sha>:<path>`); default: a small text blob. */
export type BlobAnswer = (expression: string) => unknown;

/** A text blob node as GitHub returns it. */
export function textBlob(text: string): unknown {
  return { __typename: "Blob", text, byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false };
}

/**
 * `answerObjects` builds a GraphQL response for an AirlockObjects query from its variables, the way GitHub would:
 * one field per alias under `repository`, and one organization per team alias with `members` nodes.
 */
export function answerObjects(body: GraphqlBody, blob: BlobAnswer, members: Record<string, string[]> = {}): unknown {
  const repository: Record<string, unknown> = {};
  const data: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body.variables)) {
    if (/^[bhc]\d+$/.test(name)) repository[name] = blob(value);
    const team = /^(t\d+)s$/.exec(name);
    if (team?.[1]) {
      const logins = members[`${body.variables[`${team[1]}o`]}/${value}`] ?? [];
      data[team[1]] = { team: { members: { nodes: logins.map((login) => ({ login })), pageInfo: { hasNextPage: false, endCursor: null } } } };
    }
  }
  if (Object.keys(repository).length > 0) data.repository = repository;
  return { data };
}

/** `interceptGraphql` answers `times` POST /graphql requests with `answer`, recording each body in `seen`. */
export function interceptGraphql(scope: nock.Scope, times: number, answer: (body: GraphqlBody) => unknown, seen: GraphqlBody[] = []): GraphqlBody[] {
  scope
    .post("/graphql")
    .times(times)
    .reply(200, (_uri, body) => {
      const parsed = body as GraphqlBody;
      seen.push(parsed);
      return answer(parsed) as nock.Body;
    });
  return seen;
}
