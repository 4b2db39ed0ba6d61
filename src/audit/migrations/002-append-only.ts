import type { Migration } from "./migration.js";

/**
 * Refuses UPDATE and DELETE (and, in Postgres, TRUNCATE) of audit records inside the database, so a bug or
 * a hand-written statement cannot rewrite history; only someone who drops the trigger can, and `verify`
 * then finds the edit.
 */
export const appendOnlyMigration: Migration = {
  version: 2,
  name: "append-only triggers",
  sqlite: `
CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: UPDATE refused'); END;
CREATE TRIGGER audit_records_no_delete BEFORE DELETE ON audit_records
BEGIN SELECT RAISE(ABORT, 'audit_records is append-only: DELETE refused'); END;
`,
  postgres: `
CREATE FUNCTION audit_records_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_records is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_records_append_only BEFORE UPDATE OR DELETE ON audit_records
  FOR EACH ROW EXECUTE FUNCTION audit_records_refuse_change();
CREATE TRIGGER audit_records_no_truncate BEFORE TRUNCATE ON audit_records
  FOR EACH STATEMENT EXECUTE FUNCTION audit_records_refuse_change();
`,
};
