/**
 * What the fleet's routes do to its state: check runs created and updated, labels added the way GitHub adds
 * them, and GraphQL blob lookups answered from the PRs' files.
 */
import { isBaseSha, mustPull, type FleetCheckRun, type FleetState } from "./fleet-state.js";

/** `createCheckRun` stores a new run from a create body. */
export function createCheckRun(state: FleetState, body: any): FleetCheckRun {
  const run: FleetCheckRun = {
    id: state.nextId++,
    name: body.name,
    head_sha: body.head_sha,
    status: body.status ?? "queued",
    conclusion: body.conclusion ?? null,
    external_id: body.external_id ?? null,
    details_url: body.details_url ?? null,
    output: { title: body.output?.title ?? null, summary: body.output?.summary ?? null, text: body.output?.text ?? null, annotations_count: body.output?.annotations?.length ?? 0 },
  };
  state.checkRuns.set(run.id, run);
  const list = state.checkRunsBySha.get(run.head_sha) ?? [];
  list.push(run);
  state.checkRunsBySha.set(run.head_sha, list);
  return run;
}

/** `updateCheckRun` applies an update body; annotations add to the count, as on GitHub. */
export function updateCheckRun(run: FleetCheckRun, body: any): FleetCheckRun {
  run.status = body.status ?? run.status;
  run.conclusion = body.conclusion ?? run.conclusion;
  run.external_id = body.external_id ?? run.external_id;
  run.details_url = body.details_url ?? run.details_url;
  if (body.output) {
    run.output = {
      title: body.output.title ?? run.output.title,
      summary: body.output.summary ?? run.output.summary,
      text: body.output.text ?? run.output.text,
      annotations_count: run.output.annotations_count + (body.output.annotations?.length ?? 0),
    };
  }
  return run;
}

/** `addLabels` adds labels the way GitHub does: a name the repository does not know yet is created grey, without description. */
export function addLabels(state: FleetState, number: number, names: readonly string[]): unknown[] {
  const pr = mustPull(state, number).pr;
  for (const name of names) {
    let label = state.repoLabels.get(name);
    if (!label) state.repoLabels.set(name, (label = { name, color: "ededed", description: null }));
    if (!pr.labels.some((l: any) => l.name === name)) pr.labels.push(label);
  }
  pr.labels = pr.labels.map((l: any) => state.repoLabels.get(l.name) ?? l);
  return pr.labels;
}

/**
 * `answerGraphql` answers a blob query (`b0`, `h0`, `c0` variables holding `sha:path`; CODEOWNERS, at `HEAD:`,
 * is absent) and the config query (an `expression` variable: the repository has no config file and its owner
 * no `.github` repository, answered as GitHub does, with `org: null` and a NOT_FOUND error).
 */
export function answerGraphql(state: FleetState, body: { variables?: Record<string, string> }): unknown {
  const owner = body.variables?.owner;
  if (typeof body.variables?.expression === "string") {
    return { data: { repository: { config: null }, org: null }, errors: [{ type: "NOT_FOUND", path: ["org"], locations: [{ line: 3, column: 3 }], message: `Could not resolve to a Repository with the name '${owner}/.github'.` }] };
  }
  const repository: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body.variables ?? {})) {
    if (!/^[bhc]\d+$/.test(name)) continue;
    const [sha = "", ...rest] = value.split(":");
    const file = state.filesByPath.get(rest.join(":"));
    const text = sha === "HEAD" ? null : isBaseSha(sha) ? file?.base : file?.head;
    repository[name] = typeof text === "string" ? { __typename: "Blob", text, byteSize: Buffer.byteLength(text), isBinary: false, isTruncated: false } : null;
  }
  return { data: { repository } };
}
