import { describe, expect, it } from 'vitest';
import { isAmountWord } from '../../src/summarize/amount-word.js';
import { para, speakersOf } from '../helpers/speaker-cases.js';

describe('a currency sign run into its amount', () => {
  it('is an amount, not a capitalized word', () => {
    expect(['Rp2', 'RM3', 'US$5', 'R$12', 'Rp.500'].filter(isAmountWord)).toEqual(['Rp2', 'RM3', 'US$5', 'R$12', 'Rp.500']);
    expect(['Rudi', 'G7', 'B2B', 'Rp', 'A320'].filter(isAmountWord)).toEqual([]);
  });

  it('is never the body an unnamed spokesperson speaks for', () => {
    // "Rp2,4 miliar" tokenizes as "Rp2": a lone capital the look-back for the body once took for one.
    const text = para(
      'Gubernur Jawa Barat tiba di Garut pada Sabtu siang membawa bantuan senilai Rp2,4 miliar.',
      'Sementara itu, pihak RSUD Garut menyebut 12 pasien masih dirawat. Juru bicara rumah sakit itu mengatakan tenda perawatan sudah didirikan. "Kami belum berani memindahkan pasien ke dalam gedung," ujarnya.',
    );
    expect(speakersOf(text, 'id')).not.toContain('Rp2');
  });
});
