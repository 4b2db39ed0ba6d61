/** Help text of `airlock audit`. */
export const AUDIT_USAGE = `Usage: airlock audit <command> [options]

Commands:
  export    Print audit records.
            --since DATE         first day or instant to include (2026-11-01 or 2026-11-01T08:00:00Z)
            --until DATE         first day or instant to leave out (default: no end)
            --format FORMAT      jsonl (default: one record per line) or csv (spreadsheet-safe)
            --repository OWNER/REPO   only this repository
  verify    Recompute the hash chain from the first record; exit 1 if it is broken.
  show OWNER/REPO#N
            The history of one pull request: evaluations, approvals, overrides, merge and revert command.

Options of every command:
  --database URL_OR_PATH   a postgres:// URL or a SQLite file (default: DATABASE_URL, else AIRLOCK_DB_PATH,
                           else ./airlock.sqlite)

Exit codes: 0 done (verify: chain intact), 1 verify found a broken chain,
            2 usage error or the audit store could not be opened or read.
`;
