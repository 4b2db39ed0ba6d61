import type { AgentDefinition } from "../../model/index.js";
import { defineAgent } from "./define-agent.js";

/**
 * `DEFAULT_AGENTS` is the built-in registry of AI coding agents, as data. Bot ids are GitHub account ids
 * (the `user.id` of the App's `[bot]` account) and are only trusted together with `type: "Bot"`; App slugs
 * follow GitHub's rule that an App's bot login is `<slug>[bot]`. Everything else is a claim.
 *
 * Deliberately absent: the Copilot code reviewer (also login `Copilot`, id 175728472) and Copilot Chat
 * (`copilot[bot]`, 167198135) are not the coding agent; the human `claude` (81847) is not Claude; the
 * `openhands-agent` account is a plain user, so it becomes an agent only through `alwaysAgent` config.
 * Email domains are listed only where the vendor domain is used by nothing but the tool (`aider.chat`):
 * a vendor's employees commit from `anthropic.com` or `openai.com` too, so those match exact addresses.
 */
export const DEFAULT_AGENTS: readonly AgentDefinition[] = Object.freeze([
  defineAgent({
    name: "copilot",
    displayName: "GitHub Copilot coding agent",
    botIds: [198982749],
    // Inferred from the bot's avatar URL; the bot id above is the verified identity.
    appIds: [1143301],
    appSlugs: ["copilot-swe-agent"],
    trailerKeys: ["Agent-Logs-Url"],
    bodyMarkers: ["<!-- START COPILOT CODING AGENT", "<!-- START COPILOT ORIGINAL PROMPT"],
    branchPrefixes: ["copilot/"],
    requesterSources: ["assignee", "co-author"],
  }),
  defineAgent({
    name: "codex",
    displayName: "OpenAI Codex",
    botIds: [199175422, 215057067],
    appSlugs: ["chatgpt-codex-connector", "openai-codex"],
    emails: ["codex@openai.com", "noreply@openai.com"],
    bodyMarkers: ["chatgpt.com/codex/tasks/task_", "chatgpt.com/codex/cloud/tasks/", "chatgpt.com/s/cd_"],
    branchPrefixes: ["codex/"],
    labels: ["codex"],
    requesterSources: ["pr-author", "co-author"],
  }),
  defineAgent({
    name: "claude",
    displayName: "Claude Code",
    botIds: [209825114, 215619710, 208546643],
    appSlugs: ["claude", "anthropic-claude", "claude-code-action"],
    // claude-code-action's non-signing mode writes github-actions' id (41898282) in front of claude[bot].
    emails: ["noreply@anthropic.com", "41898282+claude[bot]@users.noreply.github.com"],
    trailerKeys: ["Claude-Session"],
    bodyMarkers: ["Generated with [Claude Code]", "claude.ai/code/session_"],
    branchPrefixes: ["claude/"],
    requesterSources: ["co-author", "pr-author"],
  }),
  defineAgent({
    name: "cursor",
    displayName: "Cursor agent",
    botIds: [206951365, 201670782],
    appSlugs: ["cursor", "cursoragent"],
    emails: ["cursoragent@cursor.com"],
    bodyMarkers: ["CURSOR_AGENT_PR_BODY_BEGIN", "cursor.com/agents?id=bc-", "cursor.com/background-agent?bcId=bc-"],
    branchPrefixes: ["cursor/"],
    requesterSources: ["co-author", "pr-author"],
  }),
  defineAgent({
    name: "devin",
    displayName: "Devin",
    botIds: [158243242],
    appSlugs: ["devin-ai-integration"],
    bodyMarkers: ["app.devin.ai/sessions/"],
    branchPrefixes: ["devin/"],
    requesterSources: ["body-requested-by", "co-author", "pr-author"],
  }),
  defineAgent({
    name: "jules",
    displayName: "Google Jules",
    botIds: [161369871],
    appSlugs: ["google-labs-jules"],
    bodyMarkers: ["jules.google.com/task/"],
    requesterSources: ["body-started-by", "pr-author"],
  }),
  defineAgent({
    name: "amazon-q",
    displayName: "Amazon Q Developer",
    botIds: [208079219],
    appSlugs: ["amazon-q-developer"],
    labels: ["Amazon Q development agent"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({
    name: "openhands",
    displayName: "OpenHands",
    emails: ["openhands@all-hands.dev"],
    branchPrefixes: ["openhands-"],
    labels: ["fix-me"],
    requesterSources: ["co-author", "pr-author"],
  }),
  defineAgent({
    name: "aider",
    displayName: "Aider",
    emailDomains: ["aider.chat"],
    nameSuffixes: ["(aider)"],
    subjectPrefixes: ["aider: "],
    requesterSources: ["pr-author"],
  }),
  defineAgent({
    name: "amp",
    displayName: "Sourcegraph Amp",
    emails: ["amp@ampcode.com"],
    trailerKeys: ["Amp-Thread-ID"],
    bodyMarkers: ["ampcode.com/threads/"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({
    name: "factory",
    displayName: "Factory Droid",
    botIds: [138933559],
    appSlugs: ["factory-droid"],
    requesterSources: ["co-author", "pr-author"],
  }),
  defineAgent({
    name: "gemini",
    displayName: "Gemini Code Assist",
    botIds: [176961590],
    appSlugs: ["gemini-code-assist"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({
    name: "sweep",
    displayName: "Sweep",
    botIds: [128439645],
    appIds: [307814],
    appSlugs: ["sweep-ai"],
    branchPrefixes: ["sweep/"],
    labels: ["sweep"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({ name: "codegen", displayName: "Codegen", appSlugs: ["codegen-sh"], requesterSources: ["pr-author"] }),
  defineAgent({
    name: "replit",
    displayName: "Replit Agent",
    trailerKeys: ["Replit-Commit-Author", "Replit-Commit-Session-Id"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({ name: "windsurf", displayName: "Windsurf", botIds: [189301087], appSlugs: ["windsurf-bot"], requesterSources: ["pr-author"] }),
  defineAgent({ name: "cline", displayName: "Cline", botIds: [205137888], appSlugs: ["cline"], requesterSources: ["pr-author"] }),
  defineAgent({ name: "continue", displayName: "Continue", botIds: [230936708], appSlugs: ["continue"], requesterSources: ["pr-author"] }),
  defineAgent({
    name: "cody",
    displayName: "Sourcegraph Cody",
    botIds: [201248094],
    appSlugs: ["sourcegraph-cody"],
    requesterSources: ["pr-author"],
  }),
  defineAgent({
    name: "jetbrains-ai",
    displayName: "JetBrains AI",
    botIds: [220155983],
    appSlugs: ["jetbrains-ai"],
    requesterSources: ["pr-author"],
  }),
].map(frozen));

// The registry is shared by every evaluation in a long-running process: freezing it makes an accidental
// in-place edit (instead of `mergeAgentRegistry`) fail loudly rather than leak between repositories.
function frozen(agent: AgentDefinition): AgentDefinition {
  for (const value of Object.values(agent)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(agent);
}
