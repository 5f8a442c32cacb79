import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { DigestError } from '../../domain/errors.js';

export interface SpamRule {
  name: string;
  score: number;
  description: string;
}

export type SpamReport =
  { status: 'ok'; score: number; required: number; rules: SpamRule[] } | { status: 'unavailable'; reason: string } | { status: 'error'; message: string };

export interface SpamChecker {
  /** Scores a whole message; the same bytes are scored once. */
  check(eml: Buffer): Promise<SpamReport>;
}

/** A slow local scan: more than this and the message is reported unscored. */
const TIMEOUT_MS = 120_000;
/** Scores kept; an editing session produces one message per save. */
const CACHE_SIZE = 32;

/**
 * Runs `spamassassin -t -L` (test mode, local rules only: nothing leaves the
 * machine) on a message and caches the report by a hash of its bytes.
 */
export function spamChecker(binary = 'spamassassin'): SpamChecker {
  const cache = new Map<string, Promise<SpamReport>>();
  // One scan at a time: a burst of saves must not start a burst of slow processes.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    check(eml) {
      const key = createHash('sha256').update(eml).digest('hex');
      let report = cache.get(key);
      if (!report) {
        report = queue
          .then(() => run(binary, eml))
          .then(parseSpamReport, (e: unknown): SpamReport =>
            (e as NodeJS.ErrnoException).code === 'ENOENT'
              ? { status: 'unavailable', reason: `${binary} is not installed` }
              : { status: 'error', message: e instanceof Error ? e.message : String(e) },
          );
        queue = report;
        cache.set(key, report);
        if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      return report;
    },
  };
}

function run(binary: string, eml: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-t', '-L'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    // A message that ends the pipe early is not our failure to report twice.
    child.stdin.on('error', () => {});
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(
          new DigestError(
            'INTERNAL',
            signal ? `spamassassin stopped by ${signal}` : `spamassassin exited ${code}: ${Buffer.concat(err).toString().trim().slice(0, 300)}`,
          ),
        );
    });
    child.stdin.end(eml);
  });
}

/** Reads the score from X-Spam-Status and the rules from the "Content analysis details" table. */
export function parseSpamReport(out: string): SpamReport {
  const status = /^X-Spam-Status: (?:Yes|No), score=(-?[\d.]+) required=(-?[\d.]+)/m.exec(out);
  if (!status) return { status: 'error', message: 'no X-Spam-Status header in the spamassassin output' };
  const rules: SpamRule[] = [];
  const table = out.split(/^Content analysis details:.*$/m)[1] ?? '';
  for (const line of table.split('\n')) {
    const rule = /^\s*(-?\d+(?:\.\d+)?)\s+([A-Z0-9_]+)\s+(.*)$/.exec(line);
    if (rule) rules.push({ name: rule[2]!, score: Number(rule[1]), description: rule[3]!.trim() });
    // The description wraps onto indented lines without a score.
    else if (/^\s{5,}\S/.test(line) && rules.length > 0) rules[rules.length - 1]!.description += ` ${line.trim()}`;
    else if (rules.length > 0 && line.trim() === '') break;
  }
  return { status: 'ok', score: Number(status[1]), required: Number(status[2]), rules };
}
