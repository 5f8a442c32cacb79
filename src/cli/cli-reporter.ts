import type { Reporter } from '../pipeline/index.js';

/**
 * On a TTY: one progress line, redrawn in place, plus warnings. Otherwise:
 * quiet structured logs, one JSON object per line, no progress chatter.
 */
export function cliReporter(stderr: NodeJS.WritableStream & { isTTY?: boolean }, opts: { verbose?: boolean } = {}): Reporter {
  const tty = Boolean(stderr.isTTY);
  let drawn = false;
  let lastDraw = 0;
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
      if (!tty) return;
      const t = Date.now();
      // Redraw at most ~20 times a second, and always the final state.
      if (done < total && t - lastDraw < 50) return;
      lastDraw = t;
      const width = 20;
      const filled = total > 0 ? Math.round((done / total) * width) : width;
      const line = `${phase} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${(detail ?? '').slice(0, 40)}`;
      stderr.write(`\r\x1b[2K${line}`);
      drawn = true;
      if (done >= total) clear();
    },
  };
}
