import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { ResourceCategory } from "../../src/analysis/risk-catalogue/index.js";
import { TIER_NAMES, type AirlockConfig, type ResourceCategoryName, type Tier } from "../../src/config/index.js";
import type { agentEntrySchema } from "../../src/config/schema-agents.js";
import { TIERS, type AgentDefinition } from "../../src/model/index.js";

type AgentEntry = z.output<typeof agentEntrySchema>;

describe("config schema contracts", () => {
  it("uses the model's tiers", () => {
    expect([...TIER_NAMES]).toEqual([...TIERS]);
    expectTypeOf<AirlockConfig["plans"]["require"]["tiers"][number]>().toEqualTypeOf<Tier>();
  });

  it("lets a registry entry set every field of an AgentDefinition, and nothing else", () => {
    expectTypeOf<keyof AgentEntry>().toEqualTypeOf<keyof AgentDefinition>();
    expectTypeOf<AgentEntry>().toExtend<Partial<AgentDefinition> & { name: string }>();
  });

  it("offers the risk catalogue's categories", () => {
    expectTypeOf<ResourceCategoryName>().toEqualTypeOf<ResourceCategory>();
  });
});
