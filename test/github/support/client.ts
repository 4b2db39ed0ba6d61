import { Octokit } from "@octokit/rest";
import nock from "nock";

/** A token-shaped secret that must never appear in an error. */
export const TOKEN = "ghs_16C7e42F292c6912E7710c838347Ae178B4a";
export const API = "https://api.github.com";
export const OWNER = "Codertocat";
export const REPO = "Hello-World";
export const HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
export const BASE = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";
export const R = `/repos/${OWNER}/${REPO}`;

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** A real @octokit/rest client (no retry or throttling plugins) authenticated with a fake token. */
export function testClient(): Octokit {
  return new Octokit({ auth: TOKEN, request: { retries: 0 }, log: silent });
}

/** A nock scope on the API that counts the requests it intercepts. */
export function apiScope(): { scope: nock.Scope; count: () => number; paths: string[] } {
  const scope = nock(API);
  const paths: string[] = [];
  scope.on("request", (req: { method?: string; path?: string }) => paths.push(`${req.method} ${req.path}`));
  return { scope, count: () => paths.length, paths };
}

/** A `link` header announcing a next page, as GitHub sends it. */
export function nextLink(path: string, page: number, last: number): { link: string } {
  return { link: `<${API}${path}?per_page=100&page=${page + 1}>; rel="next", <${API}${path}?per_page=100&page=${last}>; rel="last"` };
}
