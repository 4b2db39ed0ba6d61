import type { JsonObject } from "./json-value.js";

/** One resource of a template that passed the checks: its logical ID, its `Type` and the whole resource object. */
export interface TemplateResource {
  readonly id: string;
  readonly type: string;
  /** The raw template resource: `{Type, Properties, DeletionPolicy, UpdateReplacePolicy, Metadata, ...}`. */
  readonly value: JsonObject;
}

/**
 * A template whose shape was checked and whose size is within `CFN_LIMITS`: the resources that can be diffed
 * (invalid ones are left out and reported), the parameters and the outputs. `cdk` tells whether it carries
 * AWS CDK metadata. An absent side of a stack (a stack added or removed) is the empty template.
 */
export interface CheckedTemplate {
  readonly resources: ReadonlyMap<string, TemplateResource>;
  readonly parameters: ReadonlyMap<string, unknown>;
  readonly outputs: ReadonlyMap<string, unknown>;
  readonly cdk: boolean;
}

/** `EMPTY_TEMPLATE` stands for the side of a stack that does not exist. */
export const EMPTY_TEMPLATE: CheckedTemplate = { resources: new Map(), parameters: new Map(), outputs: new Map(), cdk: false };
