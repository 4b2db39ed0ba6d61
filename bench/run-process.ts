/** Spawning the processes a benchmark compares: wall time of one run, or its output for a correctness check. */
import { spawn } from "node:child_process";

/** How a run ended. */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * `runProcess` runs `command args`, with stdout discarded (`keepStdout: false`, for timing: both sides then
 * write to /dev/null) or collected, and resolves when it exits. A run taking longer than `timeoutMs` is killed.
 */
export function runProcess(command: string, args: readonly string[], options: { keepStdout: boolean; timeoutMs: number }): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { stdio: ["ignore", options.keepStdout ? "pipe" : "ignore", "pipe"], timeout: options.timeoutMs, killSignal: "SIGKILL" });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, ms: performance.now() - start }));
  });
}
