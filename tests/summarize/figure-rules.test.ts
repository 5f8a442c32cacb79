import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/summarize/index.js';

const figuresOf = (text: string, lang: string) => summarizeArticle(text, { lang }).figures;

describe('numbers that are no figure', () => {
  it.each([
    ['versions', 'en', 'Apple said iOS 17 and macOS 14 ship next week.'],
    ['ages', 'en', 'The driver, aged 45, was arrested.'],
    ['ages after a name', 'id', 'Korban, Budi Santoso (34), dibawa ke rumah sakit.'],
    ['ages with a link word', 'fr', 'Un homme âgé de 45 ans a été interpellé.'],
    ['age ranges after a function word', 'ms', 'Tiga lelaki berusia antara 29 hingga 41 tahun ditahan semalam.'],
    ['clock times after a time word', 'ms', 'Serbuan dibuat kira-kira jam 3 petang semalam.'],
    ['compound adjectives', 'en', 'A 45-year-old man drove a 10-year-old car.'],
    ['comparison windows', 'en', 'It was the worst storm in the past 20 years.'],
    ['comparison windows after the noun', 'id', 'Ini banjir terburuk dalam 20 tahun terakhir.'],
    ['comparison windows between the number and its span', 'fr', 'La maire promet un audit dans les 100 premiers jours.'],
    ['comparison windows between the number and its span', 'es', 'El alcalde hará una auditoría en los 100 primeros días.'],
    ['footnote markers', 'en', 'The study was published last year.[12]'],
    ['flight numbers', 'en', 'Passengers on flight 370 were delayed.'],
    ['years before 1900', 'fr', 'Le tableau, peint vers 1872, a été retrouvé dans une cave.'],
    ['years before 1900', 'en', 'The bridge, opened in 1889, will close for repairs.'],
    ['ages set off by commas after a name', 'fr', 'Claire Martin, 52 ans, habite le quartier.'],
    ['ages set off by commas after a name', 'pt', 'Ana Souza, 41 anos, mora no bairro.'],
    ['clock times after a time word', 'de', 'Die Sitzung beginnt um 14 Uhr im Rathaus.'],
    ['clock times before a time word', 'fr', 'La réunion commence à 14 heures en mairie.'],
    ['types', 'en', 'Patients with type 2 diabetes were included.'],
    ['types', 'de', 'Patienten mit Diabetes Typ 2 nahmen teil.'],
    ['clock times with two-digit minutes before an hour word', 'nl', 'De brand begon rond 04.45 uur in de kelder.'],
    ['ages after a word for people and an age link', 'es', 'Un chico de 16 años fue detenido en el puerto.'],
    ['ages after a word for people and an age link', 'it', 'Due alunni di 11 anni sono stati medicati.'],
    ['ages after a word for people and an age link', 'nl', 'Een jongen van 15 jaar werd aangehouden.'],
    ['ages after a role, a trade or a place in the team and an age link', 'es', 'El portero de 34 años paró dos penaltis.'],
    ['ages after a role, a trade or a place in the team and an age link', 'fr', "L'infirmière de 41 ans a porté plainte."],
    ['ages after a role, a trade or a place in the team and an age link', 'pt', 'A moradora de 63 anos perdeu a casa.'],
    ['ages after a role set off by commas, past an elided article', 'it', "Ha segnato l'attaccante, 23 anni, al primo pallone."],
    ['ages after a role set off by commas', 'nl', 'De bewoonster, 81 jaar, zag de rook als eerste.'],
    ['ages after a role and an age link', 'es', 'Lo anunció el alcalde de 58 años en el pleno.'],
    ['ages told with the word for old', 'de', 'Ein 67 Jahre alter Radfahrer wurde leicht verletzt.'],
    ['ages told with the word for old', 'nl', 'Een man van ruim 80 jaar oud werd gered.'],
    ['ages after a role, a comma and an age link', 'pt', 'O prefeito, de 58 anos, falou à imprensa.'],
    ['ages after a role, a comma and an age link', 'it', 'Il sindaco, di 58 anni, ha parlato ai cronisti.'],
    ['ages told with the verb for having years', 'it', 'La cliente più anziana aveva 91 anni.'],
    ['ages told with the verb for having years', 'pt', 'Quando abriu a padaria, o dono tinha 27 anos.'],
    ['ages told with the verb for having years', 'es', 'La víctima tenía 88 años y vivía sola.'],
    ['ages told with the verb for having years', 'fr', 'Le plus jeune des nageurs avait 12 ans.'],
    ['ages after the word for "at", closing the clause', 'fr', "Il a quitté l'école à 16 ans."],
    ['ages after the word for "at", closing the clause', 'it', 'Ha aperto la bottega a 19 anni, con un prestito.'],
    ['ages after the word for "at", closing the clause', 'pt', 'Joga futebol desde os 9 anos.'],
    ['ages after the word for "at", closing the clause', 'es', 'Se jubiló a los 61 años.'],
    ['ages after the word for "at", closing the clause', 'de', 'Sie übernahm den Hof mit 24 Jahren.'],
    ['years bounding a group of people', 'de', 'Kinder bis 12 Jahre fahren gratis.'],
    ['years bounding a group of people', 'pt', 'Idosos acima de 65 anos não pagam a passagem.'],
    ['years bounding a group of people', 'es', 'Los menores de entre 6 y 11 años recibirán la vacuna.'],
    ['years bounding a group of people', 'fr', 'Les jeunes de moins de 25 ans voyagent gratuitement.'],
    ['ages after a word for a person set off by a comma and an age link', 'es', 'La acusada, de 58 años, negó los hechos.'],
    ['years bounding a group of people set off by a comma', 'es', 'Las víctimas, de entre 80 y 90 años, vivían solas.'],
    ['ages after a word for people and an age link', 'pt', 'O ensaio acompanhou voluntários de 18 a 65 anos.'],
    ['house numbers after a street name', 'pt', 'As doações vão para a Rua Augusto Vieira, 418, até sexta.'],
    ['house numbers after a street name', 'it', 'La sede è in via Giuseppe Verdi, 212, al primo piano.'],
    ['phone numbers in groups of digits', 'fr', 'Les familles peuvent appeler le 0 800 123 456 pour s’inscrire.'],
    ['phone numbers in groups of digits', 'it', 'Per informazioni si può chiamare il numero verde 800 123 456.'],
  ])('%s (%s)', (_name, lang, text) => expect(figuresOf(text, lang)).toEqual([]));

  it.each([
    // A sentence goes on past its span: "à 4 ans de prison", "a 6 anni di reclusione".
    ['fr', 'Le tribunal l’a condamné à 4 ans de prison.', 4, 'ans'],
    ['it', 'Il giudice lo ha condannato a 6 anni di reclusione.', 6, 'anni'],
    // A bound is no point of a life: "rischia fino a 12 anni".
    ['it', "L'imputato rischia fino a 12 anni.", 12, 'anni'],
    // No group of people before the range: a span of years.
    ['es', 'El plazo de la concesión será de entre 6 y 11 años.', 6, 'años'],
  ])('%s: a span of years that is no age: %s', (lang, text, value, unit) => {
    expect(figuresOf(text, lang)).toMatchObject([{ value, unit }]);
  });

  it.each([
    ['pt', 'Em Blumenau choveu 140 milímetros em 48 horas.', 140, 'mm'],
    ['ms', 'Hujan di Kota Bharu mencecah 300 milimeter dalam tempoh 24 jam.', 300, 'mm'],
    ['nl', 'In Venlo viel 70 millimeter in 12 uur.', 70, 'mm'],
  ])('%s: the span a measure was taken over is no figure: %s', (lang, text, value, unit) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
  });
});

describe('time words and spans of time around a number', () => {
  it.each([
    ['de', 'Die Preise steigen um 4 Prozent.', 4, '%'],
    ['de', 'Die Mieten stiegen um 3,5 Prozent.', 3.5, '%'],
    ['de', 'Die Tickets kosten um 40 Euro mehr.', 40, 'EUR'],
    ['fr', 'La grève durera 48 heures dans les aéroports.', 48, 'heures'],
    ['it', 'Lo sciopero durerà 36 ore in tutta la regione.', 36, 'ore'],
    ['ms', 'Suspek direman selama 48 jam oleh polis.', 48, 'jam'],
    ['fr', 'Le chantier, 3 ans, coûtera cher.', 3, 'ans'],
    // "hari" is a function word in "hari ini" (today); after a number it is the span.
    ['id', 'Pemerintah kota menetapkan status siaga selama 10 hari.', 10, 'hari'],
    // The verb for having years reads an age only right before the number.
    ['pt', 'A empresa tinha até 15 anos para pagar a dívida.', 15, 'anos'],
  ])('%s: %s is a figure', (lang, text, value, unit) => {
    expect(figuresOf(text, lang)).toMatchObject([{ value, unit }]);
  });
});

describe('what a number counts, read in context', () => {
  it('"lost 40 pounds" is a weight; "paid 40 pounds" is money', () => {
    expect(figuresOf('She lost 40 pounds in a year.', 'en')).toMatchObject([{ value: 40, unit: 'lb' }]);
    expect(figuresOf('He paid 40 pounds for the ticket.', 'en')).toMatchObject([{ value: 40, unit: 'GBP' }]);
  });

  it.each([
    ['$450-billion plan', 'en', 450e9, 'USD'],
    ['Der Bund zahlt 8 Mrd. Euro.', 'de', 8e9, 'EUR'],
    ['O governo gastou R$ 3 bilhões.', 'pt', 3e9, 'BRL'],
    ['Kerajaan peruntuk RM2.5 bilion.', 'ms', 2.5e9, 'MYR'],
    ['Sebanyak 1,2 juta warga terdampak.', 'id', 1.2e6, 'warga'],
    ['Le chantier a coûté trois millions d’euros.', 'fr', 3e6, 'EUR'],
    ['Il governo ha stanziato due miliardi di euro.', 'it', 2e9, 'EUR'],
    ['Het kabinet trekt twee miljoen euro uit.', 'nl', 2e6, 'EUR'],
  ])('magnitude words: %s', (text, lang, value, unit) => {
    expect(figuresOf(text, lang)).toMatchObject([{ value, unit }]);
  });

  it('both sides of a comparison: "45 of 120 seats", "dari 120 kursi, 45"', () => {
    expect(figuresOf('The Greens won 45 of 120 seats.', 'en').map((f) => [f.value, f.unit])).toEqual([
      [45, 'seats'],
      [120, 'seats'],
    ]);
    expect(figuresOf('Dari 120 kursi, partai itu meraih 45.', 'id').map((f) => [f.value, f.unit])).toEqual([
      [120, 'kursi'],
      [45, 'kursi'],
    ]);
  });

  it('km/h is one unit, not km', () => {
    expect(figuresOf('Gusts reached 120 km/h on the coast.', 'en')).toMatchObject([{ value: 120, unit: 'km/h' }]);
  });
});

describe("the article's own number format", () => {
  it.each([
    // Malay copy writes 1,000 for a thousand and 2.5 for two and a half.
    ['Sebanyak 1,500 rumah rosak dan kerugian RM2.5 bilion.', 'ms', [1500, 2.5e9]],
    // Indonesian copy the reverse.
    ['Sebanyak 1.500 rumah rusak dan kerugian Rp 2,5 triliun.', 'id', [1500, 2.5e12]],
    // A French article writing English-style numbers is read by its other numbers.
    ['Le groupe compte 12,500,000 clients et sa part atteint 3.125 %.', 'fr', [12.5e6, 3.125]],
    // Hours on the clock ("6.00", "21.00") say nothing about the mark: 2.100 is a count.
    ['Los paros serán entre las 6.00 y las 10.00 horas y entre las 17.00 y las 21.00 horas; afectan a 2.100 maquinistas y sube un 4,5 %.', 'es', [2100, 4.5]],
  ])('%s (%s)', (text, lang, values) => {
    expect(figuresOf(text, lang).map((f) => f.value)).toEqual(values);
  });
});

describe('what each figure counts', () => {
  it.each([
    ['Lebih dari 600.000 tentara Rusia tewas atau terluka, kata Pentagon.', 'id', 'tentara Rusia tewas atau terluka'],
    ['About 210,000 passengers a day use the line.', 'en', 'passengers a day use the line'],
    ['Unemployment rose to 4.2% in March.', 'en', 'Unemployment rose'],
    ['Le courant a été rétabli pour 80 % des clients.', 'fr', 'des clients'],
    ['The city spent $2.1 billion on the line.', 'en', 'The city spent on the line'],
  ])('%s', (text, lang, counts) => {
    expect(figuresOf(text, lang)[0]?.counts).toBe(counts);
  });
});

describe('units and ranges', () => {
  it.each([
    ['de', 'Der Beitragssatz soll um 0,3 Prozentpunkte steigen.', 0.3, 'pp'],
    ['nl', 'De rente stijgt met 0,25 procentpunt.', 0.25, 'pp'],
    ['en', 'The rate rose by 0.25 percentage points.', 0.25, 'pp'],
    // A change in points is no share, in every language, even where its words open with the percent word.
    ['es', 'El paro bajó 0,4 puntos porcentuales en un año.', 0.4, 'pp'],
    ['fr', 'Le chômage a reculé de 0,4 point de pourcentage.', 0.4, 'pp'],
    ['it', 'La disoccupazione è scesa di 0,4 punti percentuali.', 0.4, 'pp'],
    ['pt', 'O desemprego caiu 0,4 ponto percentual no trimestre.', 0.4, 'pp'],
    ['id', 'Tingkat pengangguran turun 0,4 persen poin tahun ini.', 0.4, 'pp'],
    ['ms', 'Kadar pengangguran turun 0.4 mata peratus tahun ini.', 0.4, 'pp'],
    ['en', 'Treating every adult would cost £1.2bn to £1.6bn a year.', 1.2e9, 'GBP'],
    ['en', 'He heads a group of 140 independent Japanese developers.', 140, 'developers'],
    ['de', 'Die Sperrzone reicht 2.000 Metern weit.', 2000, 'm'],
    ['it', 'Sono crollati 35 metri quadrati di tetto.', 35, 'm²'],
    ['es', 'El piso tiene 80 metros cuadrados de superficie.', 80, 'm²'],
    ['it', 'Sono caduti 40 metri quadrati di intonaco verso le 10, durante la lezione.', 40, 'm²'],
    ['it', 'Gli studenti da 3 anni chiedono una palestra.', 3, 'anni'],
    ['fr', 'La statue est estimée entre 40 000 et 65 000 euros.', 40000, 'EUR'],
    // The far end may take the article the near end took.
    ['it', 'Una perizia costa tra i 1.200 e i 2.500 euro.', 1200, 'EUR'],
    ['es', 'El arreglo cuesta entre los 300 y los 450 euros.', 300, 'EUR'],
    // A lower end told with a scale word, its far end in digits or with a scale of its own.
    ['pt', 'O incêndio já queimou entre 6 mil e 6.400 hectares de eucalipto.', 6000, 'ha'],
    ['de', 'Der Schaden liegt zwischen 3 Millionen und 4,5 Millionen Euro.', 3e6, 'EUR'],
    // A speed is no distance, whatever case or preposition the language puts on it.
    ['de', 'Der Wetterdienst warnt vor Böen mit 140 Kilometern pro Stunde an der Küste.', 140, 'km/h'],
    ['fr', "Des rafales à 140 kilomètres à l'heure ont été relevées sur la côte.", 140, 'km/h'],
    // An area is no distance: "square kilometres" in each language's words.
    ['en', 'The storm flattened 320 square kilometres of forest.', 320, 'km²'],
    ['es', 'El fuego arrasó 320 kilómetros cuadrados en dos días.', 320, 'km²'],
    ['fr', 'Le feu a détruit 320 kilomètres carrés de forêt.', 320, 'km²'],
    ['it', 'La frana ha interessato 3 chilometri quadrati di bosco.', 3, 'km²'],
    ['nl', 'Het gebied beslaat 320 vierkante kilometer natuur.', 320, 'km²'],
    ['pt', 'O incêndio destruiu 320 quilómetros quadrados de mata.', 320, 'km²'],
    ['id', 'Banjir merendam 320 kilometer persegi sawah di Garut.', 320, 'km²'],
    ['ms', 'Banjir menjejaskan 320 kilometer persegi tanah di Kelantan.', 320, 'km²'],
    // Degrees are Celsius where the news uses no other scale.
    ['nl', 'Het KNMI verwacht morgen 31 graden in Maastricht.', 31, '°C'],
    ['pt', 'Os termómetros chegaram aos 41 graus em Évora.', 41, '°C'],
    ['ms', 'Suhu di Chuping mencecah 38 darjah Celsius petang semalam.', 38, '°C'],
    ['en', 'Shares in the retailer rose 14 pence in early trading.', 14, 'pence'],
    // After a scale word of a million or more, a noun comes only across a link word: a verb there counts nothing.
    ['es', 'Unos 45 millones llegarán de los fondos europeos.', 45e6, null],
    ['pt', 'Cerca de 80 milhões destinam-se a obras na ponte.', 80e6, null],
    ['it', 'Circa 2,5 miliardi arriveranno dal fondo europeo.', 2.5e9, null],
  ])('%s: %s', (lang, text, value, unit) => {
    const figures = figuresOf(text, lang);
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
  });

  it.each([
    [
      'fr',
      'Le budget du musée est passé de 42 millions à 51 millions d’euros.',
      [
        [42e6, 'EUR'],
        [51e6, 'EUR'],
      ],
    ],
    [
      'nl',
      'Het tarief gaat van 6,20 naar 7,50 euro per uur.',
      [
        [6.2, 'EUR'],
        [7.5, 'EUR'],
      ],
    ],
    [
      'nl',
      'De rente zakte van 4,2 naar 3,6 procent.',
      [
        [4.2, '%'],
        [3.6, '%'],
      ],
    ],
    [
      'de',
      'Der Zins sank von 3,4 auf 3,1 Prozent.',
      [
        [3.4, '%'],
        [3.1, '%'],
      ],
    ],
    [
      'id',
      'Angka stunting turun dari 37,9 persen pada 2023 menjadi 31,2 persen.',
      [
        [37.9, '%'],
        [31.2, '%'],
      ],
    ],
  ])('the number changed from has the unit of the one it changes to (%s: %s)', (lang, text, expected) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['de', 'Bislang kamen im Schnitt 14.300 Zuschauer zu den Spielen.', [[14300, 'Zuschauer']]],
    ['de', 'Jede Erhöhung um 0,1 Punkte belaste die Betriebe.', [[0.1, 'Punkte']]],
    ['de', 'Das Unternehmen baut um 200 Stellen ab.', [[200, 'Stellen']]],
  ])('a noun or "um" before a German count is no label or clock time (%s: %s)', (lang, text, expected) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['pt', 'O tribunal condenou o réu a 12 anos e 4 meses de prisão.', [[12, 'anos']]],
    ['de', 'Das Gericht verhängte 3 Jahre und 9 Monate Haft gegen den Mann.', [[3, 'Jahre']]],
    ['en', 'The judge imposed a term of 8 years 6 months on the driver.', [[8, 'years']]],
  ])('a smaller span joined to a span of time tells the same length, no second figure (%s: %s)', (lang, text, expected) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['es', 'El Betis, que pagó 12 millones por él, empató en el minuto 71 gracias a un disparo lejano.', [[12e6, null]]],
    ['es', 'La ciudad tiene 40 ambulancias y el teléfono 112 funciona con normalidad.', [[40, 'ambulancias']]],
    ['it', 'Il biglietto costa 15 euro e il museo resta aperto dalle 9 alle 20.', [[15, 'EUR']]],
    ['pt', 'O plano custa 20 milhões e vale entre 20 de dezembro e 6 de janeiro.', [[20e6, null]]],
  ])('a minute of play, a phone line, an hour and a day are no amounts (%s: %s)', (lang, text, expected) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it.each([
    ['pt', 'A incidência chegou a 1.900 casos por 100 mil habitantes no estado.', [[1900, 'casos']]],
    ['es', 'La tasa llegó a 640 contagios por cada 100.000 habitantes.', [[640, 'contagios']]],
    ['en', 'The county recorded 212 cases per 100,000 residents last week.', [[212, 'cases']]],
  ])('the round base of a rate is its denominator, no count (%s: %s)', (lang, text, expected) => {
    expect(figuresOf(text, lang).map((f) => [f.value, f.unit])).toEqual(expected);
  });

  it('what a quantity changed from is compared with the new value, never the key one (nl)', () => {
    const figures = figuresOf('Het parkeertarief in het centrum gaat van 6,20 naar 7,50 euro per uur.', 'nl');
    expect(figures.map((f) => [f.value, f.key])).toEqual([
      [6.2, false],
      [7.5, true],
    ]);
  });

  it('a past participle after a scaled number is what happened to it, not what it counts (nl)', () => {
    expect(figuresOf('Daarvan is nog geen 1,2 miljard besteed.', 'nl').map((f) => [f.value, f.unit])).toEqual([[1.2e9, null]]);
  });
});

describe('the sides of a change and the parts of a whole (#22)', () => {
  const values = (text: string, lang: string) => figuresOf(text, lang).map((f) => [f.value, f.unit]);

  it('en: after a from-word the second amount is the new value, not the far end of a range', () => {
    expect(values('The average fare will rise from $2.50 to $3.10 next spring.', 'en')).toEqual([
      [2.5, 'USD'],
      [3.1, 'USD'],
    ]);
  });

  it('en: a part told before its whole counts what the whole does, not the money before it', () => {
    const found = figuresOf('The agency will raise the fare to $3.10 and close 12 of its 80 bus routes.', 'en');
    expect(found.find((f) => f.value === 12)?.unit).toBe(found.find((f) => f.value === 80)?.unit);
    expect(found.find((f) => f.value === 12)?.unit).not.toBe('USD');
  });

  it('en: a number word after a number opens the next phrase and is not what it counts', () => {
    const found = figuresOf('The backlog has grown to 5,300 cases, up from 4,100 twelve months ago.', 'en');
    expect(found.find((f) => f.value === 4100)?.unit).not.toBe('months');
  });

  it('nl: both sides of a small change are figures', () => {
    expect(values('Het aantal inspecteurs is volgens de gemeente uitgebreid van 12 naar 30.', 'nl').map(([v]) => v)).toEqual([12, 30]);
  });
});
