import { describe, expect, it } from "vitest";
import { looksLikeCloudFormation } from "../../../src/analysis/files/sniff-cloudformation.js";
import { SNIFF_LIMIT } from "../../../src/analysis/files/sniff-head.js";

describe("looksLikeCloudFormation", () => {
  it.each<{ name: string; text: string; expected: boolean }>([
    { name: "YAML with a format version", text: "AWSTemplateFormatVersion: '2010-09-09'\nDescription: x\n", expected: true },
    { name: "JSON with a format version", text: '{\n  "AWSTemplateFormatVersion" : "2010-09-09",\n  "Resources": {}\n}', expected: true },
    { name: "YAML resources typed AWS::", text: "Parameters: {}\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n", expected: true },
    { name: "YAML resources with a quoted type", text: "Resources:  # all of them\n  Topic:\n    Type: 'AWS::SNS::Topic'\n", expected: true },
    { name: "YAML with CRLF line ends", text: "Resources:\r\n  Fn:\r\n    Type: Custom::Thing\r\n", expected: true },
    { name: "JSON resources typed AWS::", text: '{"Resources":{"T":{"Type":"AWS::DynamoDB::Table"}}}', expected: true },
    { name: "a SAM template", text: "Transform: AWS::Serverless-2016-10-31\n", expected: true },
    { name: "a SAM template in JSON", text: '{"Transform": ["AWS::Serverless-2016-10-31"]}', expected: true },
    { name: "a Kubernetes manifest", text: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  Type: AWS::S3::Bucket\n", expected: false },
    { name: "a workflow", text: "on: push\njobs:\n  plan:\n    runs-on: ubuntu-latest\n", expected: false },
    { name: "resources without AWS types", text: "Resources:\n  web:\n    Type: container\n", expected: false },
    { name: "a nested Resources key", text: "spec:\n  Resources:\n    x:\n      Type: AWS::S3::Bucket\n", expected: false },
    { name: "the version key only in prose", text: "# set AWSTemplateFormatVersion in your template\nname: docs\n", expected: false },
    { name: "a package.json", text: '{"name":"web","scripts":{"Resources":"x"}}', expected: false },
  ])("$name → $expected", ({ text, expected }) => {
    expect(looksLikeCloudFormation(text)).toBe(expected);
  });

  it("reads only the first 64 KiB", () => {
    const padding = "# padding\n".repeat(SNIFF_LIMIT / 10 + 1);

    expect(looksLikeCloudFormation(`AWSTemplateFormatVersion: '2010-09-09'\n${padding}`)).toBe(true);
    expect(looksLikeCloudFormation(`${padding}AWSTemplateFormatVersion: '2010-09-09'\n`)).toBe(false);
  });

  it("stays fast on crafted texts", () => {
    const crafted = [
      `{"Transform":${" ".repeat(SNIFF_LIMIT)}x`,
      `Transform:${" ".repeat(SNIFF_LIMIT)}x`,
      `Resources:\n${" ".repeat(SNIFF_LIMIT)}x`,
      `Resources:\n${"  Type:\n".repeat(SNIFF_LIMIT / 8)}`,
      `{"Resources":{${'"Type"  :  '.repeat(SNIFF_LIMIT / 11)}`,
    ];
    const started = performance.now();
    for (const text of crafted) expect(looksLikeCloudFormation(text)).toBe(false);

    expect(performance.now() - started).toBeLessThan(1000);
  });
});
