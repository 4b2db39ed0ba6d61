import { describe, expect, it } from "vitest";
import { artifactLimits, unzipArtifact, type ArtifactLimits } from "../../../src/ingest/artifacts/index.js";
import { aManifest, realPlanText } from "./support/manifest.js";
import { centralField, patchCentral, zipOf } from "./support/zip.js";

const MIB = 1024 * 1024;
const ARTIFACT = "airlock-plan-envs-prod";
const limits = artifactLimits(100 * MIB);

function unzip(bytes: Uint8Array, with_: ArtifactLimits = limits) {
  return unzipArtifact({ artifact: ARTIFACT, bytes, limits: with_ });
}

function text(bytes: Uint8Array | undefined): string {
  return new TextDecoder().decode(bytes);
}

describe("unzipArtifact", () => {
  it("reads every file of an honest artifact and leaves directories out", () => {
    const plan = realPlanText();
    const zip = zipOf({ "envs-prod/airlock-manifest.json": aManifest(), "envs-prod/plan.json": plan, empty: {} });
    const result = unzip(zip);
    expect(result.diagnostics).toEqual([]);
    expect([...result.entries.keys()].sort()).toEqual(["envs-prod/airlock-manifest.json", "envs-prod/plan.json"]);
    expect(text(result.entries.get("envs-prod/plan.json"))).toBe(plan);
  });

  it("refuses an entry that declares 2 GiB without allocating it, and still reads the rest", () => {
    const zip = patchCentral(zipOf({ "plan.json": "{}", "airlock-manifest.json": aManifest() }), "plan.json", { originalSize: 2 ** 31 });
    const result = unzip(zip, { ...limits, maxTotalBytes: 4 * 2 ** 30 });
    expect(result.diagnostics).toEqual([
      { level: "error", file: `${ARTIFACT}/plan.json`, code: "artifact.entry-too-large", message: "entry plan.json declares 2 GiB, over the 100 MiB limit" },
    ]);
    expect([...result.entries.keys()]).toEqual(["airlock-manifest.json"]);
  });

  it("refuses the whole artifact when its entries declare more than the total limit", () => {
    const zip = patchCentral(zipOf({ "a.json": "{}", "b.json": "{}" }), "a.json", { originalSize: 90 * MIB });
    const result = unzip(patchCentral(zip, "b.json", { originalSize: 120 * MIB }));
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics.map((d) => d.message)).toEqual([`the entries of artifact ${ARTIFACT} declare 210 MiB in total, over the 200 MiB limit`]);
  });

  it("refuses a crafted 300 MB entry packed into a few bytes by its compression ratio, before inflating", () => {
    const generous = { ...limits, maxEntryBytes: 512 * MIB, maxTotalBytes: 1024 * MIB };
    const zip = zipOf({ "plan.json": new Uint8Array(4096) });
    const compressed = centralField(zip, "plan.json", "compressedSize");
    const started = performance.now();
    const result = unzip(patchCentral(zip, "plan.json", { originalSize: 300 * 1000 * 1000 }), generous);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "artifact.zip-bomb", file: `${ARTIFACT}/plan.json` });
    expect(result.diagnostics[0]!.message).toBe(
      `entry plan.json declares 286.1 MiB packed into ${compressed} bytes, a ${Math.round(300_000_000 / compressed)}:1 compression ratio over the 200:1 limit (a zip bomb?)`,
    );
  });

  it("refuses a real zip bomb: 20 MiB of zeros deflated about a thousandfold", () => {
    const zip = zipOf({ "plan.json": [new Uint8Array(20 * MIB), { level: 9 }] });
    const result = unzip(zip);
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics[0]).toMatchObject({ code: "artifact.zip-bomb" });
    expect(result.diagnostics[0]!.message).toMatch(/^entry plan\.json declares 20 MiB packed into [\d.]+ KiB, a \d+:1 compression ratio over the 200:1 limit/);
  });

  it.each([
    ["../x", 'its name climbs out of the artifact with ".."'],
    ["envs/../../x", 'its name climbs out of the artifact with ".."'],
    ["/etc/passwd", "its name is an absolute path"],
    ["C:\\x", "its name contains a backslash"],
    ["C:/x", "its name starts with a drive letter"],
    ["a\u0000b", "its name contains a NUL character"],
    ["a/./b", 'its name has a "." segment'],
    ["a//b", "its name has an empty segment"],
  ])("refuses the entry named %j and reads the others", (name, reason) => {
    const result = unzip(zipOf({ [name]: "{}", "plan.json": "{}" }));
    expect(result.diagnostics).toEqual([{ level: "error", file: `${ARTIFACT}/${name}`, code: "artifact.unsafe-name", message: `entry ${name} is refused: ${reason}` }]);
    expect([...result.entries.keys()]).toEqual(["plan.json"]);
  });

  it("refuses a symbolic link entry", () => {
    const zip = zipOf({ link: [new TextEncoder().encode("/etc/passwd"), { os: 3, attrs: 0o120777 << 16 }], "plan.json": "{}" });
    const result = unzip(zip);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([["artifact.symlink", "entry link is a symbolic link, which Airlock does not follow"]]);
    expect(result.entries.has("link")).toBe(false);
  });

  it("never hands a refused entry to the inflater: an unknown compression method is refused, the rest read", () => {
    const zip = patchCentral(zipOf({ "plan.json": "{}", "ok.json": "[]" }), "plan.json", { compression: 12 });
    const result = unzip(zip);
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ["artifact.unsupported-compression", "entry plan.json uses compression method 12; only stored and deflate are read"],
    ]);
    expect(text(result.entries.get("ok.json"))).toBe("[]");
  });

  it("refuses an artifact with more entries than the limit without reading any", () => {
    const files = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`f${i}.json`, "{}"]));
    const result = unzip(zipOf(files));
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics).toEqual([{ level: "error", file: ARTIFACT, code: "artifact.too-many-entries", message: `artifact ${ARTIFACT} holds 201 entries, over the 200-entry limit` }]);
  });

  it("refuses an artifact with two entries of the same name", () => {
    const zip = patchCentral(zipOf({ "a.json": '{"a":1}', "b.json": '{"b":2}' }), "b.json", { name: "a.json" });
    const result = unzip(zip);
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["artifact.duplicate-entry"]);
  });

  it("drops an entry whose header declares less than it inflates to (a lying header)", () => {
    const zip = zipOf({ "plan.json": "a".repeat(100_000), "ok.json": "{}" });
    const result = unzip(patchCentral(zip, "plan.json", { originalSize: 1000 }));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: "artifact.lying-header", file: `${ARTIFACT}/plan.json` });
    expect(result.diagnostics[0]!.message).toBe("entry plan.json declares 1000 bytes but inflates to different data than its checksum (or more than it declares): its header lies");
    expect(result.entries.has("plan.json")).toBe(false);
    expect(text(result.entries.get("ok.json"))).toBe("{}");
  });

  it("never yields more bytes than declared, even when the checksum is forged to match the cut-off data", () => {
    const zip = zipOf({ "plan.json": "a".repeat(100_000) });
    const crc32 = centralField(zipOf({ x: "a".repeat(1000) }), "x", "crc32");
    const result = unzip(patchCentral(zip, "plan.json", { originalSize: 1000, crc32 }));
    expect(result.entries.get("plan.json")?.length).toBe(1000);
  });

  it("drops an entry whose header declares more than it inflates to", () => {
    const zip = zipOf({ "plan.json": "a".repeat(100_000) });
    const result = unzip(patchCentral(zip, "plan.json", { originalSize: 200_000 }));
    expect(result.diagnostics.map((d) => d.message)).toEqual(["entry plan.json declares 195.3 KiB but inflates to 97.7 KiB: its header lies"]);
    expect(result.entries.size).toBe(0);
  });

  it("refuses before inflating an entry whose compressed data is larger than its declared size allows", () => {
    const random = new Uint8Array(50_000).map((_, i) => (i * 7919 + (i >> 3) * 31) % 251);
    const result = unzip(patchCentral(zipOf({ "plan.json": random }), "plan.json", { originalSize: 100 }));
    expect(result.diagnostics.map((d) => d.code)).toEqual(["artifact.lying-header"]);
    expect(result.diagnostics[0]!.message).toMatch(/^entry plan\.json declares 100 bytes but carries [\d.]+ KiB of compressed data: its header lies/);
  });

  it("reports bytes that are not a zip, and damaged compressed data, without throwing", () => {
    expect(unzip(new TextEncoder().encode("<html>not a zip</html>")).diagnostics.map((d) => d.code)).toEqual(["artifact.not-zip"]);
    const zip = zipOf({ "plan.json": realPlanText() });
    const damaged = zip.slice();
    for (let i = 60; i < 400; i += 1) damaged[i] = 0xff;
    const result = unzip(damaged);
    expect(result.entries.size).toBe(0);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics.every((d) => d.level === "error" && d.code?.startsWith("artifact."))).toBe(true);
  });
});
