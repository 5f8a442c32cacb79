import { describe, expect, it } from 'vitest';
import { SubmitBatch } from '../../src/deliver/index.js';

const tick = () => new Promise((r) => setImmediate(r));

describe('SubmitBatch', () => {
  it('writes a full batch at once and the rest on flush, in order', async () => {
    const written: number[][] = [];
    const batch = new SubmitBatch(async (ids) => void written.push(ids), 3, 60_000);
    for (const id of [1, 2, 3, 4]) await batch.add(id);
    expect(written).toEqual([[1, 2, 3]]);
    await batch.flush();
    expect(written).toEqual([[1, 2, 3], [4]]);
    await batch.flush();
    expect(written).toHaveLength(2);
  });

  it('gives a promise to wait for only to the row that fills the batch', async () => {
    const written: number[][] = [];
    const batch = new SubmitBatch(async (ids) => void written.push(ids), 2, 60_000);
    expect(batch.add(1)).toBeUndefined();
    const filling = batch.add(2);
    expect(filling).toBeInstanceOf(Promise);
    await filling;
    expect(written).toEqual([[1, 2]]);
  });

  it('writes a partial batch after the delay without anyone asking', async () => {
    const written: number[][] = [];
    const batch = new SubmitBatch(async (ids) => void written.push(ids), 100, 5);
    await batch.add(7);
    expect(written).toEqual([]);
    await new Promise((r) => setTimeout(r, 30));
    expect(written).toEqual([[7]]);
  });

  it('a sender reaching the limit waits for the write, so unwritten rows stay bounded', async () => {
    const written: number[] = [];
    // A write that takes a few turns of the event loop, as a busy store would.
    const batch = new SubmitBatch(
      async (ids) => {
        for (let i = 0; i < 5; i++) await tick();
        written.push(...ids);
      },
      3,
      60_000,
    );
    const senders = 4;
    let next = 0;
    let peak = 0;
    const sender = async () => {
      while (next < 40) {
        const id = next++; // accepted by the server
        peak = Math.max(peak, next - written.length);
        await batch.add(id);
        await tick();
      }
    };
    await Promise.all(Array.from({ length: senders }, sender));
    await batch.flush();
    expect([...written].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(peak).toBeGreaterThan(3);
    expect(peak).toBeLessThanOrEqual(3 - 1 + senders);
  });

  it('a failed timed write surfaces at the next flush', async () => {
    const batch = new SubmitBatch(
      async () => {
        throw new Error('disk full');
      },
      100,
      1,
    );
    await batch.add(1);
    await new Promise((r) => setTimeout(r, 20));
    await expect(batch.flush()).rejects.toThrow('disk full');
  });
});
