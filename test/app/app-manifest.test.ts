import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { Probot, ProbotOctokit } from "probot";
import { createAirlock } from "../../src/app/index.js";
import { tempAuditStore } from "./support/test-app.js";
import { AUTOMATIC_EVENTS, HANDLED_EVENTS } from "../../src/app/events.js";

const manifest = parse(readFileSync(path.resolve(import.meta.dirname, "../../app.yml"), "utf8"));

describe("app.yml", () => {
  it("subscribes to exactly the events the app handles (GitHub sends installation events to every app unasked)", () => {
    const automatic: readonly string[] = AUTOMATIC_EVENTS;
    const handled = [...new Set(HANDLED_EVENTS.map((e) => e.split(".")[0]!))].filter((e) => !automatic.includes(e)).sort();
    expect([...manifest.default_events].sort()).toEqual(handled);
  });

  it("registers a handler for every event in HANDLED_EVENTS, and no other", async () => {
    const registered: string[] = [];
    const probot = new Probot({ githubToken: "test", Octokit: ProbotOctokit, logLevel: "fatal" });
    const on = probot.on.bind(probot);
    (probot as any).on = (events: string | string[], handler: any) => {
      registered.push(...(Array.isArray(events) ? events : [events]));
      return on(events as any, handler);
    };
    await probot.load(createAirlock({ store: await tempAuditStore() }), { cwd: process.cwd(), addHandler: () => {} });
    expect(registered.sort()).toEqual([...HANDLED_EVENTS].sort());
  });

  it("asks for the least permissions that work", () => {
    expect(manifest.default_permissions).toEqual({
      checks: "write",
      pull_requests: "write",
      issues: "write",
      contents: "read",
      actions: "read",
      members: "read",
      metadata: "read",
    });
  });
});
