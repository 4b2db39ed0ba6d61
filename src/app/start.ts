/**
 * `npm start`: runs Airlock as a Probot server. With no credentials in the environment or `.env`, Probot serves
 * its setup flow on http://localhost:3000 to register the GitHub App from app.yml. No logic here.
 */
import { run } from "probot";
import airlock from "./index.js";

await run(airlock);
