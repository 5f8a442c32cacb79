import type { Queue } from 'bullmq';

export type MessageOutcome = 'submitted' | 'failed' | 'skipped' | 'deferred';
export type JobOutcome = 'completed' | 'failed' | 'handed-back';

/**
 * What this process did, as Prometheus counters, beside BullMQ's gauges of
 * each queue (jobs by state, the same for every process that asks).
 */
export class QueueMetrics {
  private readonly messages: Record<MessageOutcome, number> = { submitted: 0, failed: 0, skipped: 0, deferred: 0 };
  private readonly jobs = new Map<string, number>();

  countMessage(outcome: MessageOutcome): void {
    this.messages[outcome]++;
  }

  countJob(queue: string, outcome: JobOutcome): void {
    const key = `${queue}\u0000${outcome}`;
    this.jobs.set(key, (this.jobs.get(key) ?? 0) + 1);
  }

  async render(queues: Queue[]): Promise<string> {
    const lines = [
      '# HELP news_digest_messages_total Messages this process handled, by outcome (submitted: the SMTP server accepted it).',
      '# TYPE news_digest_messages_total counter',
      ...Object.entries(this.messages).map(([outcome, n]) => `news_digest_messages_total{outcome="${outcome}"} ${n}`),
      '# HELP news_digest_jobs_total Jobs this process finished, by queue and outcome.',
      '# TYPE news_digest_jobs_total counter',
      ...[...this.jobs].map(([key, n]) => {
        const [queue, outcome] = key.split('\u0000');
        return `news_digest_jobs_total{queue="${queue}",outcome="${outcome}"} ${n}`;
      }),
    ];
    const gauges = await Promise.all(queues.map((q) => q.exportPrometheusMetrics()));
    // BullMQ repeats its HELP and TYPE lines per queue; Prometheus wants each once.
    const seen = new Set<string>();
    const queueLines = gauges.flatMap((g) => g.split('\n')).filter((l) => l.trim() !== '' && (!l.startsWith('#') || (!seen.has(l) && seen.add(l))));
    return [...lines, ...queueLines].join('\n') + '\n';
  }
}
