import { createHash } from "node:crypto";

/** The bytes of a body and their SHA-256 (lowercase hex), or how many bytes had arrived when `maxBytes` was passed. */
export type BodyBytes = { bytes: Uint8Array; sha256: string } | { overLimit: number } | { unreadable: string };

/**
 * `readBodyBytes` collects a response body that Octokit handed over unparsed (a web ReadableStream, or an async
 * iterable of chunks) or already buffered (ArrayBuffer, Uint8Array), hashing as it goes. It stops reading and
 * cancels the stream as soon as more than `maxBytes` arrived, so a body larger than announced is never held whole.
 * A text body (a client that decoded the zip as text) is unreadable: its bytes are lost.
 */
export async function readBodyBytes(body: unknown, maxBytes: number): Promise<BodyBytes> {
  if (body instanceof ArrayBuffer) return finish([new Uint8Array(body)], maxBytes);
  if (body instanceof Uint8Array) return finish([body], maxBytes);
  if (isReadableStream(body)) return readStream(body, maxBytes);
  if (isAsyncIterable(body)) return readIterable(body, maxBytes);
  return { unreadable: typeof body === "string" ? "the body arrived as text, not bytes" : "the response has no body" };
}

async function readStream(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<BodyBytes> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return finish(chunks, maxBytes);
    chunks.push(value);
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { overLimit: total };
    }
  }
}

async function readIterable(iterable: AsyncIterable<unknown>, maxBytes: number): Promise<BodyBytes> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of iterable) {
    if (!(chunk instanceof Uint8Array)) return { unreadable: "the body arrived as text, not bytes" };
    chunks.push(chunk);
    total += chunk.byteLength;
    if (total > maxBytes) return { overLimit: total };
  }
  return finish(chunks, maxBytes);
}

function finish(chunks: readonly Uint8Array[], maxBytes: number): BodyBytes {
  const total = chunks.reduce((sum, c) => sum + c.byteLength, 0);
  if (total > maxBytes) return { overLimit: total };
  const bytes = new Uint8Array(total);
  const hash = createHash("sha256");
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    hash.update(chunk);
    at += chunk.byteLength;
  }
  return { bytes, sha256: hash.digest("hex") };
}

function isReadableStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof value === "object" && value !== null && typeof (value as { getReader?: unknown }).getReader === "function";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === "object" && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";
}
