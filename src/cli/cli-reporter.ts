import type { Reporter } from '../pipeline/index.js';

/**
 * On a TTY: one progress line (done, what is left, rate, ETA), redrawn in
 * place, plus warnings. Otherwise: structured logs, one JSON object per line,
 * with a progress line every 10 seconds of a long phase.
 */
export function cliReporter(stderr: NodeJS.WritableStream & { isTTY?: boolean }, opts: { verbose?: boolean } = {}): Reporter {
  const tty = Boolean(stderr.isTTY);
  let drawn = false;
  let lastDraw = 0;
  const phases = new Map<string, { start: number; done: number }>();
  const clear = () => {
    if (drawn) stderr.write('\r\x1b[2K');
    drawn = false;
  };
  const log = (level: string, name: string, fields: Record<string, unknown> = {}) => {
    if (tty) {
      clear();
      const detail = Object.entries(fields)
        .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(' ');
      stderr.write(`${level === 'warn' ? 'warning: ' : ''}${name} ${detail}\n`);
    } else {
      stderr.write(JSON.stringify({ time: new Date().toISOString(), level, event: name, ...fields }) + '\n');
    }
  };
  return {
    event(name, fields) {
      if (tty || opts.verbose) log('info', name, fields);
    },
    warn(name, fields) {
      log('warn', name, fields);
    },
    progress(phase, done, total, detail) {
      const t = Date.now();
      let run = phases.get(phase);
      // A phase starts again when its count goes back (the next edition, the next digest).
      if (!run || done < run.done) phases.set(phase, (run = { start: t, done }));
      run.done = done;
      const seconds = (t - run.start) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const eta = rate > 0 ? (total - done) / rate : null;
      if (!tty) {
        // Structured progress, at most every 10 s and at the end, so a log shows a long send moving.
        if (done < total && t - lastDraw < 10_000) return;
        lastDraw = t;
        stderr.write(
          JSON.stringify({
            time: new Date(t).toISOString(),
            level: 'info',
            event: 'progress',
            phase,
            done,
            total,
            left: total - done,
            detail,
            perSecond: Math.round(rate),
            etaSeconds: eta === null ? null : Math.round(eta),
          }) + '\n',
        );
        return;
      }
      // Redraw at most ~20 times a second, and always the final state.
      if (done < total && t - lastDraw < 50) return;
      lastDraw = t;
      const width = 20;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      const speed = seconds >= 1 ? ` · ${rate.toFixed(rate < 10 ? 1 : 0)}/s${eta !== null && done < total ? ` · ETA ${clock(eta)}` : ''}` : '';
      const line = `${phase} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}${detail ? ` ${detail}` : ''} · left ${total - done}${speed}`;
      stderr.write(`\r\x1b[2K${line.slice(0, (stderr as { columns?: number }).columns ?? 120)}`);
      drawn = true;
      if (done >= total) clear();
    },
  };
}

/** Seconds as m:ss (or h:mm:ss). */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const p = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}` : `${Math.floor(s / 60)}:${p(s % 60)}`;
}
