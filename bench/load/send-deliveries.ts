/**
 * The load generator: posts signed webhook deliveries to a served app over loopback with Node's fetch
 * (keep-alive connections), `concurrency` at a time, and records each one's status and latency. Bounded by
 * count and by a deadline: deliveries not started by the deadline are not sent (and reported as such).
 */
import { createHmac } from "node:crypto";
import type { Delivery } from "./event-mix.js";

/** What was sent so far; one object accumulates several calls (blocks of one run). */
export interface SendTally {
  sent: number;
  ok: number;
  latenciesMs: number[];
  /** Count per HTTP status, or per error name when no response came. */
  outcomes: Map<string, number>;
  /** The first few failures, for the report. */
  failures: string[];
  /** Wall time spent sending, summed over calls. */
  busyMs: number;
}

/** Options of one batch of deliveries `from` (inclusive) to `to` (exclusive). */
export interface SendOptions {
  url: string;
  secret: string;
  next: (i: number) => Delivery;
  from: number;
  to: number;
  concurrency: number;
  /** `performance.now()` after which no new delivery starts. */
  deadline: number;
  requestTimeoutMs: number;
  /** Distinguishes delivery ids between runs in one process. */
  runId: string;
}

/** `emptyTally` starts a tally. */
export function emptyTally(): SendTally {
  return { sent: 0, ok: 0, latenciesMs: [], outcomes: new Map(), failures: [], busyMs: 0 };
}

/** `sendDeliveries` posts deliveries `from`…`to - 1` and adds what happened to `tally`. */
export async function sendDeliveries(options: SendOptions, tally: SendTally): Promise<void> {
  let cursor = options.from;
  const started = performance.now();
  const worker = async () => {
    while (cursor < options.to && performance.now() < options.deadline) {
      const i = cursor;
      cursor += 1;
      await postOne(options, options.next(i), i, tally);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  tally.busyMs += performance.now() - started;
}

async function postOne(options: SendOptions, delivery: Delivery, i: number, tally: SendTally): Promise<void> {
  const signature = `sha256=${createHmac("sha256", options.secret).update(delivery.body).digest("hex")}`;
  const start = performance.now();
  tally.sent += 1;
  let outcome: string;
  try {
    const response = await fetch(options.url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": delivery.event, "x-github-delivery": `${options.runId}-${i}`, "x-hub-signature-256": signature },
      body: delivery.body,
      signal: AbortSignal.timeout(options.requestTimeoutMs),
    });
    const text = await response.text();
    outcome = String(response.status);
    if (response.status === 200) tally.ok += 1;
    else note(tally, `delivery ${i} (${delivery.kind} #${delivery.pullNumber}): HTTP ${response.status} ${text.slice(0, 200)}`);
  } catch (error) {
    outcome = error instanceof Error ? error.name : "error";
    note(tally, `delivery ${i} (${delivery.kind} #${delivery.pullNumber}): ${error instanceof Error ? error.message : String(error)}`);
  }
  tally.latenciesMs.push(performance.now() - start);
  tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);
}

function note(tally: SendTally, failure: string): void {
  if (tally.failures.length < 10) tally.failures.push(failure);
}
