import { configError, type ConfigIssue, type PathSegment } from "./config-issue.js";
import { parseDuration } from "./parse-duration.js";
import { inlineText, quoteText } from "./quote-text.js";
import type { AirlockConfig } from "./schema.js";

const MAX_WINDOW_MS = 90 * 86_400_000;

/**
 * `checkWindows` checks the time spans of the config: every velocity window is a duration of at most 90
 * days, and every freeze ends after it starts. It compares the config's own instants; it never reads a clock.
 */
export function checkWindows(config: Pick<AirlockConfig, "velocity" | "freeze">): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const windows: { text: string | undefined; path: PathSegment[] }[] = [
    { text: config.velocity.window, path: ["velocity", "window"] },
    ...Object.entries(config.velocity.environments).map(([name, o]) => ({ text: o.window, path: ["velocity", "environments", name, "window"] })),
    ...Object.entries(config.velocity.agents).map(([name, o]) => ({ text: o.window, path: ["velocity", "agents", name, "window"] })),
  ];
  for (const { text, path } of windows) {
    if (text === undefined) continue;
    const ms = parseDuration(text);
    if (ms === undefined || ms > MAX_WINDOW_MS) {
      issues.push(configError("config.duration-range", path, `window ${quoteText(text)} is longer than 90 days (\`90d\`)`));
    }
  }
  config.freeze.forEach((window, i) => {
    if (Date.parse(window.from) < Date.parse(window.to)) return;
    const message = `freeze \`${inlineText(window.name)}\` must end after it starts: \`to\` (${window.to}) is not after \`from\` (${window.from})`;
    issues.push(configError("config.freeze-order", ["freeze", i, "to"], message));
  });
  return issues;
}
