import { beforeEach, describe, expect, it, vi } from "vitest";

const parse = vi.fn<(filename: string, contents: string) => Promise<unknown>>();
vi.mock("@cdktf/hcl2json", () => ({ parse: (filename: string, contents: string) => parse(filename, contents) }));

const { parseHclDiff } = await import("../../../src/ingest/hcl/index.js");

describe("parseHclDiff when the HCL parser misbehaves", () => {
  beforeEach(() => {
    parse.mockReset();
  });

  it("keeps an unrecognised parser failure whole and still names the file", async () => {
    parse.mockRejectedValue(new Error("Go program has already exited"));
    const result = await parseHclDiff({ files: [{ path: "envs/prod/main.tf", base: null, head: "a = 1\n" }] });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ level: "error", code: "hcl.parser", file: "envs/prod/main.tf", message: expect.stringContaining("Go program has already exited") }),
    ]);
    expect(result.diagnostics[0]).not.toHaveProperty("line");
    expect(result.roots).toEqual([{ name: "envs/prod", kind: "hcl", tool: "terraform", complete: false }]);
  });

  it("treats a non-object parse result as unreadable", async () => {
    parse.mockResolvedValue(["not", "a", "body"]);
    const result = await parseHclDiff({ files: [{ path: "main.tf", base: "a = 1\n", head: "a = 2\n" }] });
    expect(result.changes).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["hcl.syntax", "hcl.syntax"]);
  });

  it("parses files one at a time", async () => {
    let running = 0;
    let most = 0;
    parse.mockImplementation(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return {};
    });
    await parseHclDiff({ files: [1, 2, 3].map((n) => ({ path: `m${n}.tf`, base: "", head: "" })) });
    expect(parse).toHaveBeenCalledTimes(6);
    expect(most).toBe(1);
  });
});
