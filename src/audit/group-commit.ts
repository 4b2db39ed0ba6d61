/** One input's outcome in a group: its value, or the error that input alone failed with. */
export type GroupOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

/**
 * `GroupCommit` batches work submitted during one turn of the event loop and runs it together once that turn's
 * I/O callbacks have run (`setImmediate`), so inputs from concurrent callers share one `commit` (for SQLite:
 * one transaction and one fsync instead of one per input). `commit` gets the inputs in submission order and
 * returns one outcome per input; each promise settles only after `commit` returned, with its own outcome. If
 * `commit` itself throws, every promise of the group rejects with that error. `flush()` runs pending inputs
 * at once (before closing what `commit` writes to).
 */
export class GroupCommit<I, O> {
  private pending: { input: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] = [];
  private scheduled = false;

  constructor(private readonly commit: (inputs: I[]) => GroupOutcome<O>[]) {}

  /** Queues `input` for the next group; resolves with its outcome once the group has committed. */
  submit(input: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ input, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits every pending input now (a no-op when none is pending). */
  flush(): void {
    const group = this.pending;
    this.pending = [];
    this.scheduled = false;
    if (group.length === 0) return;
    let outcomes: GroupOutcome<O>[];
    try {
      outcomes = this.commit(group.map((item) => item.input));
    } catch (error) {
      for (const item of group) item.reject(error);
      return;
    }
    group.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) item.resolve(outcome.value);
      else item.reject(outcome ? outcome.error : new Error("group commit returned no outcome"));
    });
  }
}
