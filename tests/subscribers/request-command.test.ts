import { describe, expect, it } from 'vitest';
import { parseRequestCommand, signToken } from '../../src/subscribers/index.js';

const token = signToken({ purpose: 'unsubscribe', sub: 12, exp: 1_900_000_000 }, 'request-command-secret-000000000');

describe('request address commands', () => {
  it('reads subscribe from the subject, in any case, with Re: and spaces', () => {
    expect(parseRequestCommand({ subject: 'subscribe' })).toEqual({ kind: 'subscribe' });
    expect(parseRequestCommand({ subject: '  SUBSCRIBE ' })).toEqual({ kind: 'subscribe' });
    expect(parseRequestCommand({ subject: 'Re: Fwd: subscribe' })).toEqual({ kind: 'subscribe' });
  });

  it('falls back to the first non-empty, unquoted body line', () => {
    expect(parseRequestCommand({ subject: 'hi there', text: '\n\nsubscribe\nthanks' })).toEqual({ kind: 'subscribe' });
    expect(parseRequestCommand({ subject: '', text: '> subscribe\nunsubscribe' })).toEqual({ kind: 'unsubscribe', token: null });
  });

  it('a bare unsubscribe carries no token', () => {
    expect(parseRequestCommand({ subject: 'unsubscribe' })).toEqual({ kind: 'unsubscribe', token: null });
  });

  it('takes the token from "unsubscribe <token>" (the List-Unsubscribe mailto subject)', () => {
    expect(parseRequestCommand({ subject: `unsubscribe ${token}` })).toEqual({ kind: 'unsubscribe', token });
    expect(parseRequestCommand({ subject: '', text: `unsubscribe ${token}\n` })).toEqual({ kind: 'unsubscribe', token });
  });

  it('takes the token from the plus part of the recipient', () => {
    expect(parseRequestCommand({ subject: 'unsubscribe', recipient: `digest-request+${token}@news.example.org` })).toEqual({ kind: 'unsubscribe', token });
  });

  it('something that is not a token shape is ignored, and so are other words', () => {
    expect(parseRequestCommand({ subject: 'unsubscribe <script>' })).toEqual({ kind: 'unsubscribe', token: null });
    expect(parseRequestCommand({ subject: 'please subscribe me now' })).toEqual({ kind: 'unknown' });
    expect(parseRequestCommand({ subject: 'unsubscribe me and everyone else' })).toEqual({ kind: 'unknown' });
    expect(parseRequestCommand({ subject: null, text: null })).toEqual({ kind: 'unknown' });
  });
});
