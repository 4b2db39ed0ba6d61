import { Probot, ProbotOctokit } from "probot";
import airlock from "../../../src/app/index.js";

/** A Probot instance running Airlock with retries and throttling off, authenticated by a fixed token. */
export async function testApp(): Promise<Probot> {
  process.env.APP_SLUG = "airlock-test";
  const TestOctokit = ProbotOctokit.defaults((options: any) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } }));
  const probot = new Probot({ githubToken: "test", Octokit: TestOctokit, logLevel: "fatal" });
  await probot.load(airlock, { cwd: process.cwd(), addHandler: () => {} });
  return probot;
}

let delivery = 0;

/** `deliver` sends one webhook to the app and waits for its handlers to finish. */
export async function deliver(probot: Probot, name: string, payload: any): Promise<void> {
  delivery += 1;
  await probot.receive({ id: `delivery-${delivery}`, name: name as any, payload });
}
