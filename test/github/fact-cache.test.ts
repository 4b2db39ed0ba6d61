import { describe, expect, it } from "vitest";
import { approximateBytes, createFactCache } from "../../src/github/cache/fact-cache.js";

describe("createFactCache", () => {
  it("evicts the least recently used entries once over its byte budget", () => {
    const value = "x".repeat(100);
    const size = approximateBytes(value);
    const cache = createFactCache({ maxBytes: size * 8 });
    for (let i = 0; i < 8; i += 1) cache.set(`k${i}`, value);
    expect(cache.get("k0")).toBe(value); // k0 becomes the most recently used
    cache.set("k8", value);
    expect(cache.get("k1")).toBeUndefined();
    expect(cache.get("k0")).toBe(value);
    expect(cache.get("k8")).toBe(value);
  });

  it("does not store a value larger than an eighth of the budget, nor anything with a budget of 0", () => {
    const big = createFactCache({ maxBytes: 1000 });
    big.set("big", "y".repeat(1000));
    expect(big.get("big")).toBeUndefined();
    const none = createFactCache({ maxBytes: 0 });
    none.set("a", 1);
    expect(none.get("a")).toBeUndefined();
  });
});
