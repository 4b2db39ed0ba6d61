import { describe, expect, it } from "vitest";
import { readBodyBytes } from "../../../src/github/artifacts/read-body-bytes.js";
import { sha256 } from "./support/actions.js";

describe("readBodyBytes", () => {
  it("stops reading a long body once it passes the limit, and cancels it", async () => {
    let cancelled = false;
    let pulled = 0;
    const long = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 1024) controller.close();
        else controller.enqueue(new Uint8Array(64 * 1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const result = await readBodyBytes(long, 1024 * 1024);
    expect(result).toEqual({ overLimit: 17 * 64 * 1024 });
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(20);
  });

  it("hashes chunked and buffered bodies alike, and refuses a body decoded as text", async () => {
    const bytes = new TextEncoder().encode("PK\u0003\u0004 zip bytes");
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 5));
        controller.enqueue(bytes.subarray(5));
        controller.close();
      },
    });
    expect(await readBodyBytes(chunked, 100)).toEqual({ bytes, sha256: sha256(bytes) });
    expect(await readBodyBytes(bytes.buffer.slice(0), 100)).toEqual({ bytes, sha256: sha256(bytes) });
    expect(await readBodyBytes("PK\u0003\u0004", 100)).toEqual({ unreadable: "the body arrived as text, not bytes" });
  });
});
