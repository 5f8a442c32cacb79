/**
 * A global limit and a per-host limit on tasks in flight. Waiters start in
 * arrival order, except that one stuck behind a busy host lets later ones for
 * free hosts go first.
 */
export class ConcurrencyLimiter {
  private active = 0;
  private readonly perHostActive = new Map<string, number>();
  private readonly waiting: { host: string; start: () => void }[] = [];

  constructor(
    private readonly limit: number,
    private readonly perHost: number,
  ) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await new Promise<void>((start) => {
      this.waiting.push({ host, start });
      this.pump();
    });
    try {
      return await task();
    } finally {
      this.active--;
      const n = this.perHostActive.get(host)! - 1;
      if (n) this.perHostActive.set(host, n);
      else this.perHostActive.delete(host);
      this.pump();
    }
  }

  private pump(): void {
    for (let i = 0; i < this.waiting.length && this.active < this.limit;) {
      const w = this.waiting[i]!;
      const h = this.perHostActive.get(w.host) ?? 0;
      if (h >= this.perHost) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.active++;
      this.perHostActive.set(w.host, h + 1);
      w.start();
    }
  }
}
