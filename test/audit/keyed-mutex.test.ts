import { describe, expect, it } from "vitest";
import { AuditStoreError } from "../../src/audit/audit-store-error.js";
import { KeyedMutex } from "../../src/audit/keyed-mutex.js";

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("KeyedMutex", () => {
  it("runs tasks of one key one at a time, in arrival order", async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const task = (name: string, ms: number) => async (): Promise<void> => {
      log.push(`${name} in`);
      await sleep(ms);
      log.push(`${name} out`);
    };
    await Promise.all([mutex.run("k", 1000, task("a", 30)), mutex.run("k", 1000, task("b", 1)), mutex.run("k", 1000, task("c", 1))]);
    expect(log).toEqual(["a in", "a out", "b in", "b out", "c in", "c out"]);
  });

  it("keeps the queue going after a task fails", async () => {
    const mutex = new KeyedMutex();
    const failed = mutex.run("k", 1000, async () => Promise.reject(new Error("boom")));
    await expect(failed).rejects.toThrow("boom");
    await expect(mutex.run("k", 1000, async () => "next")).resolves.toBe("next");
  });

  it("gives up waiting after the timeout without running the task, and later tasks still wait for the holder", async () => {
    const mutex = new KeyedMutex();
    const log: string[] = [];
    const holder = mutex.run("k", 1000, async () => {
      await sleep(120);
      log.push("holder done");
    });
    const impatient = mutex.run("k", 20, async () => log.push("impatient ran"));
    const patient = mutex.run("k", 1000, async () => log.push("patient ran"));
    await expect(impatient).rejects.toThrow(AuditStoreError);
    await expect(impatient).rejects.toThrow("acquire lock k: timed out after 20 ms");
    await Promise.all([holder, patient]);
    expect(log).toEqual(["holder done", "patient ran"]);
  });
});
