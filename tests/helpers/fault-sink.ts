import type { Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  to: string;
  messageId: string;
  raw: Buffer;
}

export interface FaultSink {
  url: string;
  port: number;
  received: Received[];
  /** RCPT TO attempts per address, accepted or not. */
  rcptAttempts: Map<string, number>;
  /** Copies received per recipient. */
  copies(): Map<string, Received[]>;
  close(): Promise<void>;
}

export interface Faults {
  /** Reply to RCPT TO for this address on its `attempt`-th try (1-based); null accepts. */
  rcpt?(address: string, attempt: number): { code: number; message: string } | null;
  /** True never answers this RCPT TO: a recipient check that hangs. */
  stallRcpt?(address: string, attempt: number): boolean;
  /** True drops the connection in the middle of this message's DATA. */
  dropData?(address: string, attempt: number): boolean;
  /** Keep raw messages (fault tests read them; the crash test only counts). */
  keepRaw?: boolean;
}

/**
 * A real SMTP server on loopback that records, per recipient, every copy it
 * accepted with its Message-ID, and injects faults on request.
 */
export async function startFaultSink(faults: Faults = {}, port = 0): Promise<FaultSink> {
  const received: Received[] = [];
  const rcptAttempts = new Map<string, number>();
  const dataAttempts = new Map<string, number>();
  // smtp-server hands onData no socket; they are kept by client port so one can be cut.
  const sockets = new Map<number, Socket>();
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 20 * 1024 * 1024,
    onRcptTo(address, _session, cb) {
      const n = (rcptAttempts.get(address.address) ?? 0) + 1;
      rcptAttempts.set(address.address, n);
      if (faults.stallRcpt?.(address.address, n)) return;
      const reject = faults.rcpt?.(address.address, n);
      if (reject) return cb(Object.assign(new Error(reject.message), { responseCode: reject.code }));
      cb();
    },
    onData(stream, session, cb) {
      const to = session.envelope.rcptTo[0]!.address;
      const n = (dataAttempts.get(to) ?? 0) + 1;
      dataAttempts.set(to, n);
      const chunks: Buffer[] = [];
      let dropped = false;
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        if (!dropped && faults.dropData?.(to, n)) {
          dropped = true;
          // Cut the line in the middle of DATA, as a crashing relay or a broken network would.
          sockets.get(session.remotePort)?.destroy();
        }
      });
      stream.on('end', () => {
        if (dropped) return;
        const raw = Buffer.concat(chunks);
        const head = raw.subarray(0, Math.min(raw.length, 8192)).toString('latin1');
        const messageId = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? '';
        received.push({ to, messageId, raw: faults.keepRaw ? raw : Buffer.alloc(0) });
        cb();
      });
    },
  });
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.server.address() as { port: number }).port;
  server.server.on('connection', (socket: Socket) => {
    const remotePort = socket.remotePort!;
    sockets.set(remotePort, socket);
    socket.on('close', () => sockets.delete(remotePort));
  });
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    received,
    rcptAttempts,
    copies() {
      const out = new Map<string, Received[]>();
      for (const r of received) out.set(r.to, [...(out.get(r.to) ?? []), r]);
      return out;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
