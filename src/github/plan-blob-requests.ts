import type { SnapshotFile } from "../model/index.js";

/** Which side of a change a blob belongs to. */
export type Side = "base" | "head";

/** One file body to fetch: `alias` (`b3`, `h3`) names it in the query and in the variables. */
export interface BlobRequest {
  alias: string;
  /** A git object expression `<sha>:<path>`; always sent as a GraphQL variable, never as query text. */
  expression: string;
  fileIndex: number;
  side: Side;
  path: string;
}

/**
 * `planBlobRequests` lists the blobs to fetch: for each file where `wantsBody` accepts its path or its previous
 * path (a `.tf` renamed to `.txt` still removes Terraform), the base blob unless the file is new
 * (`added`, `copied`), read at the previous path for renames, and the head blob unless the file was removed.
 * Aliases use the file's index, so `b{i}` and `h{i}` pair up across batches.
 */
export function planBlobRequests(params: {
  files: readonly SnapshotFile[];
  baseSha: string;
  headSha: string;
  wantsBody: (path: string) => boolean;
}): BlobRequest[] {
  const out: BlobRequest[] = [];
  params.files.forEach((file, i) => {
    const previous = file.previousPath ?? null;
    if (!params.wantsBody(file.path) && !(previous !== null && params.wantsBody(previous))) return;
    if (file.status !== "added" && file.status !== "copied") {
      const path = file.status === "renamed" && previous !== null ? previous : file.path;
      out.push({ alias: `b${i}`, expression: `${params.baseSha}:${path}`, fileIndex: i, side: "base", path });
    }
    if (file.status !== "removed") {
      out.push({ alias: `h${i}`, expression: `${params.headSha}:${file.path}`, fileIndex: i, side: "head", path: file.path });
    }
  });
  return out;
}
