/**
 * Which figures can be key and which never are, rule by rule, on made-up
 * sentences: the far side of a comparison, the old value of a change, the
 * whole a part is told of.
 */
import { describe, expect, it } from 'vitest';
import type { FoundFigure } from '../../src/summarize/find-figures.js';
import { findFigures, withHeadlineFigures } from '../../src/summarize/find-figures.js';
import { buildDocument } from '../../src/summarize/document.js';
import { summarizeArticle } from '../../src/summarize/index.js';
import { languagePack } from '../../src/lang/index.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import { figureSignals, rankFigures } from '../../src/summarize/rank-figures.js';
import { articleFrame } from '../../src/summarize/index.js';
import { foundFigure } from '../helpers/found-figure.js';

const figures = (text: string, lang: string, title?: string) => summarizeArticle(text, { lang, title }).figures;
const flags = (text: string, lang: string, title?: string) => figures(text, lang, title).map((f) => [f.value, f.key]);

describe('a bare number after a figure counts the same thing, but is its far side only with a comparison word', () => {
  it.each([
    ['en', 'The port handled 51.8 million tonnes of cargo this year, down from 54.2 million.', 54.2e6],
    ['fr', "La dette atteindra 890 millions d'euros fin 2026, contre 720 millions un an plus tôt.", 720e6],
    ['it', "L'incidenza è salita a 15,4 casi ogni mille assistiti, in aumento rispetto ai 12,1 della settimana prima.", 12.1],
    ['ms', 'Mangsa banjir meningkat kepada 8,120 keluarga pagi ini berbanding 5,300 malam tadi.', 5300],
  ])('%s: the compared number is never key', (lang, text, far) => {
    const f = figures(text, lang).find((x) => x.value === far);
    expect(f).toBeDefined();
    expect(f!.key).toBe(false);
  });

  it.each([
    ['es', 'El club presentó unas pérdidas de 3,8 millones de euros y una deuda que roza los 61 millones.', 61e6],
    ['it', 'Ogni vittoria porta al club 2,1 milioni di euro, che si aggiungono ai circa 18,6 milioni già garantiti.', 18.6e6],
  ])('%s: a second quantity joined by "and" or a relative clause keeps its unit and may be key', (lang, text, second) => {
    const f = figures(text, lang).find((x) => x.value === second);
    expect(f?.unit).toBe('EUR');
    expect(f?.key).toBe(true);
  });
});

describe('the whole told before its part ("Of the 230 MPs, 116 voted")', () => {
  it.each([
    ['pt', 'O Orçamento foi aprovado na generalidade. Dos 230 deputados, 116 votaram a favor.', 116, 230],
    ['fr', 'Sur les 1 480 dossiers déposés par la société, 612 seraient frauduleux.', 612, 1480],
    ['nl', 'Van de 2500 gezinnen die zich hadden gemeld voor de nieuwe huurtoeslagregeling, hebben er inmiddels 380 daadwerkelijk geld ontvangen.', 380, 2500],
  ])('%s: the part is the figure that can be key, the whole is not', (lang, text, part, whole) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === whole)?.key).toBe(false);
    expect(found.find((f) => f.value === part)?.key).toBe(true);
  });
});

describe('the whole told after its part ("45 of the 120 seats") is never key', () => {
  it.each([
    ['de', 'Die Brauerei am Stadtrand baut rund 420 der 1.150 Arbeitsplätze ab.', 420, 1150],
    ['de', 'Die Brauerei am Stadtrand baut 420 von 1.150 Arbeitsplätzen ab.', 420, 1150],
    ['fr', "La papeterie de la vallée supprime 420 de ses 1 150 emplois d'ici l'été.", 420, 1150],
    ['fr', 'Le bloc centriste a obtenu 38 sièges sur 95 au conseil régional.', 38, 95],
    ['en', 'The alliance took 38 seats out of 95 on the regional council.', 38, 95],
    ['it', "L'alleanza ha ottenuto 38 seggi su 95 nel consiglio regionale.", 38, 95],
    ['es', 'La alianza obtuvo 38 de los 95 escaños del consejo regional.', 38, 95],
    ['it', "L'alleanza ha ottenuto 38 dei 95 seggi del consiglio regionale.", 38, 95],
    ['pt', 'A aliança obteve 38 dos 95 lugares do conselho regional.', 38, 95],
    ['nl', 'De alliantie behaalde 38 van de 95 zetels in de regioraad.', 38, 95],
    ['ms', 'Pakatan itu memenangi 38 daripada 95 kerusi majlis wilayah.', 38, 95],
    ['id', 'Koalisi itu meraih 38 dari 95 kursi dewan wilayah.', 38, 95],
  ])('%s: %s', (lang, text, part, whole) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === whole)?.key).toBe(false);
    expect(found.find((f) => f.value === part)?.key).toBe(true);
  });

  it('an article opening a sentence tells no whole first (de)', () => {
    const found = figures('Der 140 Meter hohe Turm hat 38 Stockwerke.', 'de');
    expect(found.find((f) => f.value === 140)?.key).toBe(true);
  });
});

describe('the old value of a change ("from X to Y") is never key', () => {
  it.each([
    ['pt', 'Segundo ela, a dívida do clube caiu de R$ 1,3 bilhão para cerca de R$ 840 milhões no período.', 1.3e9, 840e6],
    ['en', 'The council’s debt fell from £310 million to £280 million over the year.', 310e6, 280e6],
    ['de', 'Der Beitrag steigt von 14,6 Prozent auf 15,1 Prozent.', 14.6, 15.1],
  ])('%s', (lang, text, old, now) => {
    expect(flags(text, lang)).toEqual([
      [old, false],
      [now, true],
    ]);
  });

  it('a from-word far from the figure does not make it an old value', () => {
    // "from" opens the sentence, "to" joins nothing: both amounts are the story's own.
    const text = 'From next year the city will spend £40 million on buses and £25 million on cycle lanes.';
    expect(flags(text, 'en')).toEqual([
      [40e6, true],
      [25e6, true],
    ]);
  });
});

describe('the headline’s own figure', () => {
  it('a headline figure the body never repeats is a key figure of the story', () => {
    const text = 'Schiphol moet het aantal vluchten terugbrengen van 500.000 naar 483.000 per jaar. Dat heeft de minister vrijdag bekendgemaakt.';
    const found = figures(text, 'nl', 'Kabinet schrapt 17.000 vluchten op Schiphol');
    expect(found[0]).toMatchObject({ value: 17000, unit: 'vluchten', key: true });
  });

  it('a headline figure the body tells, rounded or in another currency sign, is the body’s, not a second figure', () => {
    const text = 'A former charity chief was jailed on Thursday for stealing A$6.4 million from donors, and costs reached £1.18 billion.';
    const found = figures(text, 'en', 'Charity boss jailed over $6.4 million fraud as costs hit £1.2bn');
    expect(found.map((f) => f.value)).toEqual([6.4e6, 1.18e9]);
  });

  it('a listicle headline’s small count ("7 key questions") is no figure of the story', () => {
    const text = 'The candidates meet on Thursday night in Houston, and the stakes have rarely been higher for the trailing campaigns.';
    expect(figures(text, 'en', '7 key questions heading into the Democratic debate')).toEqual([]);
  });

  it.each([
    [
      'it',
      'Truffa sui rimborsi a Lecce, 9 arrestati',
      'I carabinieri hanno eseguito all’alba le misure cautelari disposte dal gip: gli arrestati sono nove, tutti residenti in provincia.',
      9,
      'arrestati',
    ],
    [
      'es',
      'Desarticulada una red de estafas telefónicas en Murcia, con 7 detenidos',
      'La Guardia Civil ha detenido a siete personas, todas vecinas de la comarca, por estafar a decenas de jubilados.',
      7,
      'detenidos',
    ],
  ])('%s: a small count further into the headline, spelled out in the body, is the story’s figure', (lang, title, text, value, unit) => {
    expect(figures(text, lang, title)[0]).toMatchObject({ value, unit, key: true });
  });

  it('the headline is read in the body’s number style ("28,450" is a count where the body groups with commas)', () => {
    const text = 'Seramai 28,450 orang dipindahkan ke 212 pusat pemindahan sementara setakat jam 8 pagi ini, berbanding 19,300 malam tadi.';
    const found = figures(text, 'ms', 'Banjir Kelantan: 30,100 mangsa dipindahkan');
    expect(found[0]).toMatchObject({ value: 30100, key: true });
  });
});

describe('an hour word that is also a span reads a clock only after a clock word', () => {
  it.each([
    ['it', 'I ritardi sui treni ad alta velocità sono arrivati fino a 4 ore.', 4, 'ore'],
    ['nl', 'De staking legt het verkeer ruim 6 uur plat.', 6, 'uur'],
    ['fr', 'Les contrôleurs feront grève pendant 12 heures jeudi.', 12, 'heures'],
  ])('%s: %s is a span of time', (lang, text, value, unit) => {
    expect(figures(text, lang)).toMatchObject([{ value, unit }]);
  });

  it.each([
    ['it', 'Il consiglio comunale si riunisce alle 9 ore in punto.'],
    ['nl', 'De vergadering begint om 8 uur in het stadhuis.'],
    ['fr', 'La manifestation partira vers 14 heures de la place.'],
  ])('%s: %s is a time of day', (lang, text) => {
    expect(figures(text, lang)).toEqual([]);
  });
});

/** Sums of money where `text` tells them, none in the lead: what decides is the sentence each stands in. */
const sumsIn = (text: string, values: readonly [string, number][]): FoundFigure[] =>
  values.map(([surface, value]) => foundFigure(value, 'EUR', 'currency', { text: surface, counts: 'spend', at: text.indexOf(surface) }));
const keyOf = (figures: FoundFigure[], text: string, lang = 'en') =>
  rankFigures(figures, { title: null, lead: '', words: 300 }, text, lexiconFor(languagePack(lang)!))
    .filter((f) => f.key)
    .map((f) => f.value);

describe('background weighs less than the story’s own sums', () => {
  it('without a past period the same sum is the story’s own', () => {
    const text = 'The plant lost €54 million. The strikes cost €300 million. The region pledged €9 million. The city adds €5 million.';
    const figures = sumsIn(text, [
      ['€54 million', 54e6],
      ['€300 million', 300e6],
      ['€9 million', 9e6],
      ['€5 million', 5e6],
    ]);
    expect(keyOf(figures, text)).toEqual([54e6, 300e6, 9e6]);
  });

  it('a year in the lead dates nothing: the story opens with its target ("by 2030")', () => {
    const text = 'The city will spend €2 billion by 2030 on a tram line for 160,000 passengers a day, the mayor said on Monday.';
    expect(flags(text, 'en')).toEqual([
      [2e9, true],
      [160000, true],
    ]);
  });
});

describe('a value already boxed is not boxed again in another unit', () => {
  it('"620 licenziamenti" in the headline, "620 dipendenti" and "620 famiglie" in the body: one key figure', () => {
    const text = [
      "L'azienda ha avviato la procedura di licenziamento per 620 dipendenti dello stabilimento di Brescia.",
      'I sindacati temono che 620 famiglie restino senza reddito, e il sito ha perso 54 milioni di euro.',
    ].join('\n\n');
    const key = figures(text, 'it', 'Oml chiude a Brescia: 620 licenziamenti')
      .filter((f) => f.key)
      .map((f) => [f.value, f.unit]);
    expect(key).toEqual([
      [620, 'dipendenti'],
      [54e6, 'EUR'],
    ]);
  });
});

describe('a flow over a span of time is a level, a rate per unit a detail', () => {
  it.each([
    ['en', 'Obesity costs the health service £6.5 billion a year.', false],
    ['es', 'El Gobierno espera recaudar 1,9 billones de pesos al año.', false],
    ['nl', 'Het aantal vluchten gaat terug naar 483.000 per jaar.', false],
    ['en', 'The drug costs £175 per patient.', true],
    ['en', 'The injection costs about £120 a month per patient.', true],
    ['de', 'Die Vergleichsmiete liegt bei 16,09 Euro pro Quadratmeter.', true],
  ])('%s: %s', (lang, text, perUnit) => {
    const lex = lexiconFor(languagePack(lang)!);
    expect(findFigures(buildDocument(text, lang), lex).map((f) => f.perUnit)).toEqual([perUnit]);
  });
});

describe('a large bare number counts what its sentence talks of', () => {
  it('the new level of a change told without its noun is key, the old one is not', () => {
    const text = 'Het aantal nachtvluchten op de luchthaven gaat volgend jaar van 32.000 naar 27.000, heeft de minister besloten.';
    expect(flags(text, 'nl')).toEqual([
      [32000, false],
      [27000, true],
    ]);
  });

  it('a bare number below a hundred is not: only a large one counts something', () => {
    const text = 'De gemeente trekt 38 miljoen euro uit. Het gaat om ruim 60. Het worden er 27.000.';
    const found: FoundFigure[] = [
      { ...sumsIn(text, [['38 miljoen euro', 38e6]])[0]! },
      { ...sumsIn(text, [['ruim 60', 60]])[0]!, unit: null, kind: 'bare', approx: 'over' },
      { ...sumsIn(text, [['27.000', 27000]])[0]!, unit: null, kind: 'bare' },
    ];
    expect(keyOf(found, text, 'nl')).toEqual([38e6, 27000]);
  });
});

describe('a difference told after the level it departs from is not key; the level is', () => {
  it.each([
    ['nl', 'Een gemiddelde woning kostte vorige maand 452.000 euro, ruim 46.000 euro meer dan een jaar eerder.', 46000],
    ['fr', 'Le loyer moyen atteint 1 250 euros, 90 euros de plus que l’an dernier.', 90],
    ['en', 'The average home now costs £310,000, £25,000 more than a year ago.', 25000],
  ])('%s', (lang, text, difference) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === difference)?.key).toBe(false);
    expect(found.filter((f) => f.key)).toHaveLength(1);
  });

  it('without a level before it the difference is the news ("£112 more a year")', () => {
    expect(flags('Households will pay an average of £112 more a year from April, the regulator said.', 'en')).toEqual([[112, true]]);
  });

  it('a difference the headline gives is key', () => {
    const text = 'Het kabinet geeft volgend jaar 21 miljard euro uit aan defensie, 2 miljard euro meer dan dit jaar.';
    expect(flags(text, 'nl', 'Kabinet trekt 2 miljard euro meer uit voor defensie')).toEqual([
      [21e9, true],
      [2e9, true],
    ]);
  });
});

describe('a figure after a comparison word is the other side when its sentence tells another of its kind', () => {
  it.each([
    ['de', 'Statt der geplanten 12 Mio. Euro kostet die neue Brücke nun 15,5 Mio. Euro.', 12e6, 15.5e6],
    ['id', 'Anggaran jalan tol dipatok Rp 2,5 triliun, naik dari Rp 2,1 triliun tahun ini.', 2.1e12, 2.5e12],
  ])('%s: %s', (lang, text, other, level) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === other)?.key).toBe(false);
    expect(found.find((f) => f.value === level)?.key).toBe(true);
  });

  it('alone in its sentence it stays a figure that may be key', () => {
    const found = figures('Statt der geplanten Sanierung baut die Stadt für 40 Mio. Euro neu.', 'de');
    expect(found.find((f) => f.value === 40e6)?.key).toBe(true);
  });
});

describe('a count is a toll when the words after its noun tell what befell them', () => {
  it.each([
    ['id', 'Kapal itu tenggelam di Selat Sunda. Sebanyak 23 orang masih hilang, sedangkan 41 orang berhasil diselamatkan.', 23, 41],
    ['en', 'Officials said 12 people were killed in the blast and 40 people were rescued from the rubble.', 12, 40],
    ['fr', "L'immeuble s'est effondré dans la nuit : 17 habitants sont morts, 60 habitants ont été relogés.", 17, 60],
  ])('%s', (lang, text, toll, other) => {
    const lex = lexiconFor(languagePack(lang)!);
    const found = findFigures(buildDocument(text, lang), lex);
    expect(found.find((f) => f.value === toll)?.toll).toBe(true);
    expect(found.find((f) => f.value === other)?.toll).toBe(false);
  });
});

describe('a small bare number a toll word follows is a toll that may be boxed', () => {
  it.each([
    ['pt', 'O autocarro despistou-se na serra. Duas pessoas morreram e 38 ficaram feridas, quatro com gravidade.', 38],
    ['es', 'El tren descarriló al amanecer en la sierra. Un maquinista murió y 27 resultaron heridas, según la Guardia Civil.', 27],
    ['en', 'The ferry capsized near the harbour at dawn. Two crew members drowned and 19 were injured, the coastguard said.', 19],
  ])('%s', (lang, text, toll) => {
    const lex = lexiconFor(languagePack(lang)!);
    const doc = buildDocument(text, lang);
    const found = findFigures(doc, lex).find((f) => f.value === toll);
    expect(found?.toll).toBe(true);
    const sig = figureSignals(findFigures(doc, lex), articleFrame(doc, null), doc.text, lex);
    expect(sig.candidates.some((f) => f.value === toll)).toBe(true);
  });
});

describe('a span of time the headline gives is the story’s own figure ("11 years in prison")', () => {
  it.each([
    [
      'es',
      'Condenan a 11 años de cárcel al exalcalde de Villarrubia',
      'La Audiencia condenó ayer a 11 años de cárcel al exalcalde de Villarrubia por desviar 2,3 millones de euros de fondos públicos.',
      11,
    ],
    [
      'nl',
      'Wethouder krijgt 3 jaar cel voor omkoping',
      'De rechtbank legde de oud-wethouder 3 jaar cel op voor het aannemen van 240.000 euro aan steekpenningen.',
      3,
    ],
  ])('%s: boxed when the headline tells it', (lang, title, text, years) => {
    expect(figures(text, lang, title).find((f) => f.value === years)?.key).toBe(true);
  });

  it('a span of time "up to" a bound is boxed too: the longest wait is the story ("esperas de hasta 19 horas")', () => {
    const found = figures(
      'Los pacientes de urgencias soportan esperas de hasta 19 horas en el hospital del norte, que atendió ayer a 412 personas.',
      'es',
      'Esperas de hasta 19 horas en las urgencias del norte',
    );
    expect(found.find((f) => f.value === 19)?.key).toBe(true);
  });
});

describe('a falling pair after a from-word is a change, not a range ("from 3,000 to 1,800 jobs")', () => {
  it.each([
    ['en', 'The carmaker will cut its staff from 4,200 to 2,900 workers by next spring, the union said.', 4200, 2900, 'workers'],
    ['es', 'La naviera ha rebajado de 5.400 a 3.100 los contratos previstos para la nueva terminal.', 5400, 3100, 'contratos'],
    ['it', 'Il gruppo porterà l’organico da 2.600 a 1.900 dipendenti entro la fine del piano.', 2600, 1900, 'dipendenti'],
  ])('%s: the new value is found and key, the old one counts the same thing and is not', (lang, text, old, now, unit) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === now)).toMatchObject({ unit, key: true });
    expect(found.find((f) => f.value === old)).toMatchObject({ unit, key: false });
  });
});

describe('a title-case headline is read as a sentence: its capitals mark no names', () => {
  it.each([
    [
      'id',
      'Polisi Bongkar Sindikat Uang Palsu, 6 Tersangka Ditangkap',
      'Enam orang tersangka ditangkap di sebuah rumah kontrakan di pinggiran kota pada Selasa malam.',
      6,
    ],
    [
      'ms',
      'Bekas Pegawai Bank Dipenjara 4 Tahun Kerana Pecah Amanah',
      'Mahkamah Sesyen menjatuhkan hukuman penjara empat tahun terhadap tertuduh pagi tadi.',
      4,
    ],
  ])('%s: the headline count is found and key', (lang, title, text, value) => {
    expect(figures(text, lang, title).find((f) => f.value === value)?.key).toBe(true);
  });
});

describe('a comparison word is read in the figure’s own sentence', () => {
  it.each([
    ['id', 'Hujan deras mengguyur Kota Sukamaju selama lebih dari enam jam. Sedikitnya 9 warga tewas dan 3 orang luka-luka.'],
    ['en', 'Heavy rain fell on the valley for more than six hours. At least 9 people died and 3 others were hurt.'],
  ])('%s: "more than" ending the sentence before makes no far side of the toll that opens the next', (lang, text) => {
    expect(figures(text, lang).find((f) => f.value === 9)?.key).toBe(true);
  });
});

describe('the headline’s figures are matched to the body’s by value, kind and unit', () => {
  const marked = (title: string, text: string, lang: string) => {
    const lex = lexiconFor(languagePack(lang)!);
    const doc = buildDocument(text, lang);
    return withHeadlineFigures(findFigures(doc, lex), title, doc, lex)
      .filter((f) => f.headline)
      .map((f) => [f.value, f.unit]);
  };

  it('a rounded headline amount marks the body’s exact one, however written', () => {
    expect(marked('Ferry operator’s losses hit £1.2bn', 'The operator said its losses reached £1.18 billion over the year.', 'en')).toEqual([[1.18e9, 'GBP']]);
    expect(marked('Stadt plant mit 1,2 Mio. Euro', 'Der Rat bewilligte am Montag 1,2 Millionen Euro für die Sanierung.', 'de')).toEqual([[1.2e6, 'EUR']]);
  });

  it('the same digits in another kind or unit are not the headline’s figure', () => {
    expect(
      marked('Verein erhält 45 Millionen Euro', 'Die Mitglieder stimmten mit 45 Prozent zu. Der Investor zahlt 45 Millionen Euro für die Anteile.', 'de'),
    ).toEqual([[45e6, 'EUR']]);
  });

  it('a small headline span is never the body’s rounded one ("41 anos" is not "43 minutos")', () => {
    expect(marked('Clube volta a vencer depois de 41 anos', 'O gol saiu aos 43 minutos do segundo tempo, diante de 12.300 torcedores.', 'pt')).toEqual([]);
  });
});

describe('a score or a code in the headline names no figure of the body', () => {
  it('"3-1" does not make a body count of 3 key', () => {
    const title = 'Derby vinto 3-1, ma il giudice multa la squadra: 25mila euro';
    const text =
      'Il giudice sportivo ha inflitto una multa di 25.000 euro al club dopo il derby, davanti a 21.400 spettatori. La squadra resta a 3 punti dalla vetta.';
    expect(figures(text, 'it', title).find((f) => f.value === 3)?.key).toBe(false);
  });

  it('"B40" does not make a body amount of RM40 key', () => {
    const title = 'Tarif air naik 9 peratus, pengguna B40 dikecualikan';
    const text =
      'Tarif air domestik akan naik 9 peratus mulai bulan depan, membabitkan kira-kira 1.4 juta akaun. Syarikat itu akan melabur RM2 bilion untuk menaik taraf paip. Bil purata akan meningkat sehingga RM40 sebulan.';
    const found = figures(text, 'ms', title);
    expect(found.find((f) => f.value === 40)?.key).toBe(false);
    expect(found.find((f) => f.value === 2e9)?.key).toBe(true);
  });

  it('a small bare number the figure reader leaves out of the headline still names what the body counts with it', () => {
    const title = 'Polícia faz operação contra fraude de R$ 30 milhões; 7 são presos';
    const text =
      'A Polícia Federal cumpriu 7 mandados de prisão nesta terça-feira numa operação contra uma fraude de R$ 30 milhões em benefícios. Segundo a PF, o grupo atuava desde 2019 e movimentou ainda R$ 12 milhões em contas de laranjas.';
    expect(figures(text, 'pt', title).find((f) => f.value === 7)?.key).toBe(true);
  });
});

describe('a level of the same measure told in the lead with a past period is the comparison, not the news', () => {
  it('the earlier price gives way to a later sum', () => {
    const text = [
      'O preço médio do gás de cozinha subiu 7,2% e chegou a R$ 112,40 em Porto Alegre. No ano passado, o botijão custava R$ 104,80.',
      'O governo do Estado liberou R$ 45 milhões para um programa de compra de alimentos de pequenos produtores.',
    ].join('\n\n');
    const found = figures(text, 'pt');
    expect(found.find((f) => f.value === 104.8)?.key).toBe(false);
    expect(found.find((f) => f.value === 45e6)?.key).toBe(true);
  });
});

describe('a count of people, homes or jobs in the lead is boxed however small', () => {
  const filler =
    'Managers said the decision had not been taken lightly and would be reviewed every month with staff, patients and the local council, who had asked for more time. ' +
    'Campaigners plan a meeting at the town hall next week. ';
  it.each([
    [
      'en',
      'Expectant mothers in the valley face longer journeys after the hospital trust said it had lost 38 midwives this year and would close its birth unit at night. ' +
        filler +
        'The trust will spend £1.4m a year on an extra ambulance crew and £900,000 on a recruitment drive abroad.',
      38,
    ],
    [
      'it',
      'Le future mamme della valle dovranno percorrere più strada: l’azienda sanitaria ha perso 38 ostetriche quest’anno e chiuderà di notte il punto nascita. ' +
        'I dirigenti hanno spiegato che la decisione non è stata presa alla leggera e che sarà rivista ogni mese con il personale, i pazienti e il Comune, che aveva chiesto più tempo. ' +
        'I comitati preparano un’assemblea in municipio la prossima settimana. ' +
        'L’azienda spenderà 1,4 milioni di euro l’anno per un’ambulanza in più e 900mila euro per reclutare personale all’estero.',
      38,
    ],
  ])('%s', (lang, text, count) => {
    expect(figures(text, lang).find((f) => f.value === count)?.key).toBe(true);
  });
});

describe('a sum or count within half again of one boxed is its neighbour, not a second fact', () => {
  it.each([
    [
      'pt',
      'O lucro da Cooperativa Serra Verde subiu para R$ 2,4 milhões no ano, alta de 18%. Os analistas esperavam R$ 2,1 milhões. A carteira de crédito chegou a R$ 95 milhões.',
      2.1e6,
      null,
    ],
    [
      'nl',
      'In Zwolle betoogden volgens de politie 18.000 mensen tegen de bezuinigingen, de organisatoren spreken van 24.000. Ruim 3.500 leerlingen bleven thuis en 260 winkels bleven dicht.',
      24000,
      null,
    ],
  ])('%s: the neighbour value is not boxed, a figure of another size can be', (lang, text, near, other) => {
    const found = figures(text, lang);
    expect(found.find((f) => f.value === near)?.key).toBe(false);
    if (other !== null) expect(found.find((f) => f.value === other)?.key).toBe(true);
  });
  it('a sum told before the boxed one is the level the news starts from, not its neighbour', () => {
    const found = figures(
      'Harga purata ayam di peringkat runcit ketika ini ialah RM9.40 sekilogram dan boleh mencecah RM10.15 menjelang perayaan, kata persatuan itu. Sebanyak 1,200 ladang terjejas dan 45 peratus penternak kecil mengalami kerugian.',
      'ms',
    );
    expect(found.find((f) => f.value === 9.4)?.key).toBe(true);
  });
});

describe('a breakdown word makes a part only of a larger total told before it', () => {
  /** The values figureSignals sets apart as breakdowns. */
  function breakdowns(text: string, lang: string): number[] {
    const lex = lexiconFor(languagePack(lang)!);
    const doc = buildDocument(text, lang);
    const sig = figureSignals(findFigures(doc, lex), articleFrame(doc, null), doc.text, lex);
    return sig.unique.filter((f) => sig.breakdown(f)).map((f) => f.value);
  }

  it('de: "allein" after the total is a part of it', () => {
    expect(
      breakdowns('Der Sturm hat im Landkreis Schäden von 40 Millionen Euro angerichtet. Allein im Hafen liegt der Schaden bei 9 Millionen Euro.', 'de'),
    ).toEqual([9e6]);
  });

  it('de: "allein" with no total before only stresses the figure, which may be boxed', () => {
    const text = 'Der Frost hat die Obstbauern schwer getroffen. Allein im Altkreis beziffert der Verband den Schaden auf rund 7 Millionen Euro.';
    expect(breakdowns(text, 'de')).toEqual([]);
    expect(figures(text, 'de').find((f) => f.value === 7e6)?.key).toBe(true);
  });

  it('en: a smaller amount of another measure before is no total', () => {
    expect(breakdowns('Some 40 firefighters fought the blaze, including crews that repaired damage of £2 million.', 'en')).toEqual([]);
  });
});

describe('a breakdown word opening the sentence makes the amounts after it parts (#22)', () => {
  function breakdowns(text: string, lang: string): number[] {
    const lex = lexiconFor(languagePack(lang)!);
    const doc = buildDocument(text, lang);
    const sig = figureSignals(findFigures(doc, lex), articleFrame(doc, null), doc.text, lex);
    return sig.unique.filter((f) => sig.breakdown(f)).map((f) => f.value);
  }

  it('en: "Of that," before the part', () => {
    expect(breakdowns('The college received £12m in new funding this year. Of that, £3m went on roof repairs.', 'en')).toEqual([3e6]);
  });

  it('fr: a list after a colon that a sharing word opens', () => {
    const text =
      "Le département débloque 900 millions d'euros. L'enveloppe se répartit en deux volets : 500 millions d'euros pour les routes et 400 millions pour les écoles.";
    expect(breakdowns(text, 'fr')).toEqual([500e6, 400e6]);
  });
});

describe('an older level of the measure told after the news value is never key (#22)', () => {
  function older(text: string, lang: string): number[] {
    const lex = lexiconFor(languagePack(lang)!);
    const doc = buildDocument(text, lang);
    const sig = figureSignals(findFigures(doc, lex), articleFrame(doc, null), doc.text, lex);
    return sig.unique.filter((f) => sig.older(f)).map((f) => f.value);
  }

  it('nl: "Een jaar geleden waren dat er nog …" in the next sentence', () => {
    expect(older('In de provincie staan 5.120 vacatures voor verpleegkundigen open. Een jaar geleden waren dat er nog 3.900.', 'nl')).toEqual([3900]);
  });

  it('nl: the past phrase between the news value and the old one in one sentence', () => {
    expect(older('De politie hield 160 mensen aan, meer dan een jaar eerder, toen 110 mensen werden aangehouden.', 'nl')).toEqual([110]);
  });

  it('nl: the older level is never boxed, even where the article tells only two figures', () => {
    const text = 'In de provincie staan 5.120 vacatures voor verpleegkundigen open. Een jaar geleden waren dat er nog 3.900.';
    expect(flags(text, 'nl')).toEqual([
      [5120, true],
      [3900, false],
    ]);
  });

  it('en: a past phrase told with the figure before is no older level of the next', () => {
    expect(older('A Band D bill rises to £2,190, up £104 on last year. The council still faces a gap of £9.2m.', 'en')).toEqual([]);
  });
});
