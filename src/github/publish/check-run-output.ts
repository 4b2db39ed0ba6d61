import { truncateText } from "./truncate-text.js";

/** GitHub's limits on a check run's output (docs: "Create a check run"). */
export const CHECK_RUN_LIMITS = { title: 255, summary: 65535, text: 65535, annotationsPerRequest: 50, annotationMessage: 16_000, annotationTitle: 255 } as const;

/** One annotation on a line range of a file at the head commit. */
export interface CheckAnnotation {
  path: string;
  /** 1-based. */
  startLine: number;
  endLine: number;
  level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

/** An annotation as the Checks API takes it. */
export interface GitHubAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: CheckAnnotation["level"];
  message: string;
  title?: string;
}

/** A check run's output as the Checks API takes it (without annotations). */
export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
}

/**
 * `toCheckRunOutput` cuts title, summary and text to GitHub's limits (255 / 65,535 / 65,535 characters),
 * marking any cut, so an oversized report is published truncated instead of being rejected with a 422.
 */
export function toCheckRunOutput(params: { title: string; summary: string; text?: string | undefined }): CheckRunOutput {
  const out: CheckRunOutput = {
    title: truncateText(params.title.replace(/\s+/g, " ").trim(), CHECK_RUN_LIMITS.title, "…"),
    summary: truncateText(params.summary, CHECK_RUN_LIMITS.summary),
  };
  if (params.text !== undefined && params.text !== "") out.text = truncateText(params.text, CHECK_RUN_LIMITS.text);
  return out;
}

/**
 * `toGitHubAnnotation` maps an annotation to the API shape: lines at least 1 and ordered, message cut to
 * 16,000 characters (GitHub allows 64 KB, and a character may take 4 bytes), title to 255.
 */
export function toGitHubAnnotation(a: CheckAnnotation): GitHubAnnotation {
  const start = Math.max(1, Math.floor(a.startLine));
  const out: GitHubAnnotation = {
    path: a.path,
    start_line: start,
    end_line: Math.max(start, Math.floor(a.endLine)),
    annotation_level: a.level,
    message: truncateText(a.message, CHECK_RUN_LIMITS.annotationMessage),
  };
  if (a.title !== undefined) out.title = truncateText(a.title, CHECK_RUN_LIMITS.annotationTitle, "…");
  return out;
}
