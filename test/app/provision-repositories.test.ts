import { describe, expect, it } from "vitest";
import { airlockLabelSet } from "../../src/app/airlock-label-set.js";
import { provisionRepositories } from "../../src/app/provision-repositories.js";
import { DEFAULT_CONFIG } from "../../src/config/index.js";

const silent = { info: () => {}, warn: () => {}, error: () => {} };

function memory() {
  const state = new Map<string, string>();
  return { state, getState: async (k: string) => state.get(k) ?? null, setState: async (k: string, v: string) => void state.set(k, v) };
}

describe("provisionRepositories", () => {
  it("provisions at most 50 repositories per event and remembers the labels it styled", async () => {
    const calls: { route: string; params?: Record<string, unknown> }[] = [];
    const client = { request: async (route: string, params?: Record<string, unknown>) => (calls.push({ route, params }), { status: 201, headers: {}, data: {} }), graphql: async () => ({}) };
    const repositories = Array.from({ length: 60 }, (_, i) => ({ owner: "acme", repo: `r${i}` }));
    const labels = airlockLabelSet(DEFAULT_CONFIG.labels);
    const mem = memory();
    await expect(provisionRepositories({ client, repositories, labelsFor: async () => labels, memory: mem, log: silent })).resolves.toBe(50);
    expect(new Set(calls.map((c) => c.params?.repo)).size).toBe(50);
    expect(calls).toHaveLength(50 * labels.length);
    expect(JSON.parse(mem.state.get("label-styles:acme/r0")!)).toHaveLength(labels.length);
    expect(mem.state.has("label-styles:acme/r50")).toBe(false);
  });

  it("logs and skips a repository that fails, and goes on with the next", async () => {
    const warned: unknown[] = [];
    const client = {
      request: async (_route: string, params?: Record<string, unknown>) => {
        if (params?.repo === "broken") throw Object.assign(new Error("Server Error"), { status: 500 });
        return { status: 201, headers: {}, data: {} };
      },
      graphql: async () => ({}),
    };
    const done = await provisionRepositories({ client, repositories: [{ owner: "acme", repo: "broken" }, { owner: "acme", repo: "fine" }], labelsFor: async () => airlockLabelSet(DEFAULT_CONFIG.labels), memory: memory(), log: { ...silent, warn: (o: object) => warned.push(o) } });
    expect(done).toBe(1);
    expect(warned).toHaveLength(1);
  });

  it("covers every label Airlock can write, each styled", () => {
    const names = airlockLabelSet(DEFAULT_CONFIG.labels).map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(["airlock/agent", "airlock/tamper", "airlock/override", "airlock/would-block", "airlock/destructive:none", "airlock/blast-radius:critical"]));
    expect(names).toHaveLength(14);
  });
});
