/**
 * Records accepted messages in small batches: one store write per batch instead
 * of one per message. A batch is written when it holds `maxRows`, or `maxDelayMs`
 * after its first row, and always by flush() before a run returns. A sender that
 * adds to a full batch waits for it to be written, so at most `maxRows` plus one
 * row per other sender are ever accepted and unrecorded: with the messages in
 * flight, what a kill -9 can make the next run send again is bounded by
 * pool size + `maxRows`.
 */
export class SubmitBatch {
  private rows: number[] = [];
  private writing: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly write: (subscriberIds: number[]) => Promise<void>,
    private readonly maxRows: number,
    private readonly maxDelayMs: number,
  ) {}

  async add(subscriberId: number): Promise<void> {
    this.rows.push(subscriberId);
    if (this.rows.length >= this.maxRows) return this.flush();
    // A timed write has no caller to throw to: its failure surfaces at the next add or flush.
    this.timer ??= setTimeout(() => void this.flush().catch((e: unknown) => (this.failure ??= e)), this.maxDelayMs);
  }

  /** Writes every row added so far; resolves once they are in the store. */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // One write at a time, so rows are recorded in the order they were accepted.
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure;
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    this.writing = this.write(rows).finally(() => (this.writing = null));
    await this.writing;
  }
}
