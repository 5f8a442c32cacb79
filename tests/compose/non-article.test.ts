import { describe, expect, it } from 'vitest';
import { nonArticle } from '../../src/compose/index.js';
import { article } from '../fixtures/articles.js';

const kindOf = (title: string, lang: string, over: Parameters<typeof article>[1] = {}) => nonArticle(article('x', { title, lang, ...over }))?.kind ?? null;

describe('items that are not articles', () => {
  const live: [string, string][] = [
    ['Arsenal v Chelsea: Premier League – live!', 'en'],
    ['LIVE: Election night results as they come in', 'en'],
    ['Ukraine war live: talks resume in Geneva', 'en'],
    ['Budget 2026 live blog: every announcement', 'en'],
    ['Bundestag: Die Generaldebatte im Live-Ticker', 'de'],
    ['EN DIRECT - Grève à la SNCF : le trafic perturbé', 'fr'],
    ['Elecciones en Aragón, en directo: última hora del escrutinio', 'es'],
    ['Flamengo x Palmeiras ao vivo: acompanhe o jogo', 'pt'],
    ['Manovra, il voto alla Camera in diretta', 'it'],
    ['Siaran Langsung Timnas Indonesia vs Jepang', 'id'],
    ['Liveblog: de formatie van het kabinet', 'nl'],
    ['«Спартак» — «Зенит»: онлайн-трансляция матча', 'ru'],
    ['Voľby 2026 naživo: sčítanie hlasov', 'sk'],
  ];
  for (const [title, lang] of live) it(`a live page in ${lang}: "${title}"`, () => expect(kindOf(title, lang)).toBe('live'));

  it('a live page known by its link, whatever its title says', () => {
    expect(kindOf('Storm Bert: what we know', 'en', { url: 'https://news.example.org/uk/live/2026/nov/24/storm-bert' })).toBe('live');
  });

  it('quizzes and corrections notices, in several languages', () => {
    expect(kindOf('Thursday quiz: which planet has the most moons?', 'en')).toBe('quiz');
    expect(kindOf('Kuis: seberapa kenal Anda dengan kota Jakarta?', 'id')).toBe('quiz');
    expect(kindOf('Corrections and clarifications', 'en')).toBe('correction');
    expect(kindOf('Fe de errores', 'es')).toBe('correction');
    expect(kindOf('Ralat: nama menteri dalam berita kemarin', 'id')).toBe('correction');
  });

  it('a podcast or video with no text, but not one with an article behind it', () => {
    expect(kindOf('The week in review', 'en', { media: 'audio', text: 'Listen now.' })).toBe('media');
    expect(kindOf('Floods in Valencia', 'en', { media: 'video', text: 'word '.repeat(200) })).toBeNull();
  });

  it('leaves news that merely uses the words alone', () => {
    for (const [title, lang] of [
      ['How to live with rising energy bills', 'en'],
      ['Live music venues close as costs rise', 'en'],
      ['Presiden langsung meninjau lokasi banjir di Bekasi', 'id'],
      ['Quiz show host dies aged 81', 'en'],
      ['Die Direktorin verlässt das Museum', 'de'],
      ['Le directeur de la police démissionne', 'fr'],
    ] as const) {
      expect(kindOf(title, lang), title).toBeNull();
    }
  });
});
