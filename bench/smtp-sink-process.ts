import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sink process: smtp-server on loopback that counts what it accepts, and when it accepted the first and the last. */
const SINK_SOURCE = `
import { SMTPServer } from 'smtp-server';
let accepted = 0, first = 0, last = 0;
const delay = Number(process.env.SINK_REPLY_DELAY_MS ?? 0);
const server = new SMTPServer({
  authOptional: true, disableReverseLookup: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, size: 20 * 1024 * 1024,
  onData(stream, _session, cb) { stream.on('data', () => {}); stream.on('end', () => { const done = () => { last = performance.now(); if (accepted++ === 0) first = last; cb(); }; if (delay > 0) setTimeout(done, delay); else done(); }); },
});
server.on('error', () => {});
server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
process.on('message', (m) => {
  if (m === 'count') process.send({ accepted, first, last });
  if (m === 'reset') { accepted = 0; first = 0; last = 0; process.send({ accepted }); }
});
`;

export interface SinkCount {
  accepted: number;
  /** performance.now() in the sink at the first and the last accepted message. */
  first: number;
  last: number;
}

export interface SinkProcess {
  port: number;
  child: ChildProcess;
  accepted(): Promise<number>;
  count(): Promise<SinkCount>;
  reset(): Promise<void>;
}

/**
 * An smtp-server sink in its own process, so the sender and the sink each have
 * a core. `replyDelayMs` holds each reply to the message's data that long, as a
 * server across a network would.
 */
export async function startSinkProcess(o: { replyDelayMs?: number } = {}): Promise<SinkProcess> {
  // Evaluated from the repository root, so `smtp-server` resolves from its node_modules.
  const child = spawn(process.execPath, ['--input-type=module', '-e', SINK_SOURCE], {
    cwd: root,
    env: { ...process.env, SINK_REPLY_DELAY_MS: String(o.replyDelayMs ?? 0) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve((m as { port: number }).port)));
  const ask = <T>(m: string) =>
    new Promise<T>((resolve) => {
      child.once('message', (r) => resolve(r as T));
      child.send(m);
    });
  return {
    port,
    child,
    accepted: async () => (await ask<SinkCount>('count')).accepted,
    count: () => ask<SinkCount>('count'),
    reset: async () => void (await ask('reset')),
  };
}
