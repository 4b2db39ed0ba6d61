import { z } from "zod";

/** The `... on Blob` selection of one `object(expression:)` field; null when the path does not exist. */
export const blobNodeSchema = z
  .object({
    __typename: z.string(),
    text: z.string().nullish(),
    byteSize: z.number().optional(),
    isBinary: z.boolean().nullish(),
    isTruncated: z.boolean().optional(),
  })
  .nullable();

/** A validated blob node. */
export type BlobNode = z.infer<typeof blobNodeSchema>;

/** The text of a blob, or null with the reason it was not used (absent blobs have no reason). */
export interface BlobText {
  text: string | null;
  problem?: string;
}

/**
 * `readBlob` returns the text of a blob node when it is usable: present, a file (not a tree or submodule),
 * not binary, at most `maxBytes` long, and not truncated by GitHub. Otherwise text is null, and `problem`
 * says why unless the blob simply does not exist at that commit.
 */
export function readBlob(node: BlobNode, maxBytes: number): BlobText {
  if (node === null) return { text: null };
  if (node.__typename !== "Blob") return { text: null, problem: `it is a ${node.__typename}, not a file` };
  if (node.isBinary === true) return { text: null, problem: "it is binary" };
  const size = node.byteSize ?? node.text?.length ?? 0;
  if (size > maxBytes) return { text: null, problem: `it is ${size} bytes, over the ${maxBytes}-byte limit` };
  if (node.isTruncated === true) return { text: null, problem: "GitHub truncated its text" };
  if (node.text === null || node.text === undefined) return { text: null, problem: "GitHub returned no text for it" };
  return { text: node.text };
}
