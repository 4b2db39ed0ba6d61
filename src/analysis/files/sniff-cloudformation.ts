import { sniffHead } from "./sniff-head.js";

const JSON_VERSION = /"AWSTemplateFormatVersion"\s*:/;
const YAML_VERSION = /^["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
const JSON_SERVERLESS = /"Transform"\s*:\s*(?:\[\s*)?"AWS::Serverless-/;
const YAML_SERVERLESS = /^["']?Transform["']?[ \t]*:[ \t]*(?:\[[ \t]*)?["']?AWS::Serverless-/m;
const JSON_RESOURCES = /"Resources"\s*:\s*\{/;
const YAML_RESOURCES = /^["']?Resources["']?[ \t]*:[ \t]*(?:#.*)?$/m;
const JSON_TYPE = /"Type"\s*:\s*"(?:AWS|Custom|Alexa)::/;
const YAML_TYPE = /^[ \t]+["']?Type["']?[ \t]*:[ \t]*["']?(?:AWS|Custom|Alexa)::/m;

/**
 * `looksLikeCloudFormation` tells whether a JSON or YAML text reads like a CloudFormation (or SAM)
 * template: it declares `AWSTemplateFormatVersion` or the `AWS::Serverless` transform, or has a
 * `Resources` section followed by an entry typed `AWS::…` (or `Custom::…`, `Alexa::…`). Only the first
 * 64 KiB are read, and only with fixed expressions that run in linear time, so any text is cheap to sniff.
 * A heuristic: it does not parse the document, and it errs towards yes.
 */
export function looksLikeCloudFormation(text: string): boolean {
  const head = sniffHead(text);
  const hasVersion = head.includes("AWSTemplateFormatVersion");
  const hasTransform = head.includes("AWS::Serverless-");
  const hasResources = head.includes("Resources");
  if (!hasVersion && !hasTransform && !hasResources) return false;
  if (hasVersion && (JSON_VERSION.test(head) || YAML_VERSION.test(head))) return true;
  if (hasTransform && (JSON_SERVERLESS.test(head) || YAML_SERVERLESS.test(head))) return true;
  return hasResources && (typedAfter(head, JSON_RESOURCES, JSON_TYPE) || typedAfter(head, YAML_RESOURCES, YAML_TYPE));
}

function typedAfter(head: string, section: RegExp, type: RegExp): boolean {
  const found = section.exec(head);
  return found !== null && type.test(head.slice(found.index + found[0].length));
}
