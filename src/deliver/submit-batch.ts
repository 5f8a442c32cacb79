/**
 * Records accepted messages in small batches: one store write per batch instead
 * of one per message. Rows are written once `maxRows` are waiting (counting a
 * write under way), or `maxDelayMs` after the first, and always by flush()
 * before a run returns. A sender that adds the `maxRows`-th unwritten row waits
 * until it is written, so no more than `maxRows - 1` rows plus one per sender
 * are ever accepted by the server and not yet in the store.
 */
export class SubmitBatch {
  private rows: number[] = [];
  private writing: Promise<void> | null = null;
  private writingRows = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failure: unknown = null;

  constructor(
    private readonly write: (subscriberIds: number[]) => Promise<void>,
    private readonly maxRows: number,
    private readonly maxDelayMs: number,
  ) {}

  /** Adds an accepted row; a promise to wait for only when this row filled the batch (no promise per row). */
  add(subscriberId: number): Promise<void> | undefined {
    this.rows.push(subscriberId);
    if (this.rows.length + this.writingRows >= this.maxRows) return this.flush();
    // A timed write has no caller to throw to: its failure surfaces at the next add or flush.
    this.timer ??= setTimeout(() => void this.flush().catch((e: unknown) => (this.failure ??= e)), this.maxDelayMs);
    return undefined;
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
    this.writingRows = rows.length;
    this.writing = this.write(rows).finally(() => {
      this.writing = null;
      this.writingRows = 0;
    });
    await this.writing;
  }
}
