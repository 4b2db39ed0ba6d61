/** A pull request named on the command line. */
export interface PullRef {
  repository: string;
  pullNumber: number;
}

const PULL_REF = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]{1,100})#([1-9]\d{0,9})$/;

/**
 * `parsePullRef` reads `owner/repo#N` (N a positive integer). Returns null for anything else, including a
 * missing `#N`, a URL or extra path segments.
 */
export function parsePullRef(text: string): PullRef | null {
  const match = PULL_REF.exec(text.trim());
  if (match === null) return null;
  return { repository: match[1]!, pullNumber: Number(match[2]) };
}

const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9_.-]{1,100}$/;

/** `isRepository` tells whether text is an `owner/repo` name. */
export function isRepository(text: string): boolean {
  return REPOSITORY.test(text);
}
