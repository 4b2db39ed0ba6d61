/** Help text of the `airlock` command. */
export const USAGE = `Usage: airlock <command> [options]

Commands:
  analyze   Score a planned infrastructure change and say whether the gate would block it.
            --plan FILE          terraform/tofu \`show -json\` output (repeatable; - reads stdin)
            --base DIR --head DIR  static diff of the Terraform files of two trees (no plan needed)
            --environment NAME   production, staging or sandbox (repeatable)
            --format FORMAT      text (default), json or markdown
  simulate SNAPSHOT.json
            Replay the app's whole decision offline from a PullRequestSnapshot (see README).
            --config FILE        use this airlock.yml instead of the one in the snapshot
            --format FORMAT      text (default), json or markdown
  validate-config [FILE]
            Check an airlock.yml (default .github/airlock.yml) the way the app reads it.
  audit export --since DATE [--until DATE] [--format jsonl|csv] [--repository owner/repo]
  audit verify              check the audit trail's hash chain (exit 1 on a break)
  audit show owner/repo#N   the history of one pull request
            --database URL_OR_PATH   Postgres URL or SQLite file (default: DATABASE_URL, else AIRLOCK_DB_PATH or ./airlock.sqlite)
  help      Show this help.

Exit codes: 0 the gate passes, 1 the gate blocks, 2 usage or configuration error.
`;
