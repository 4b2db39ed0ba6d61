#!/usr/bin/env node
/** Entry point of the `airlock` binary. No logic here: it only runs `main` with the process's argv and streams. */
import { main } from "./main.js";

main(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) }).then((code) => {
  process.exitCode = code;
});
