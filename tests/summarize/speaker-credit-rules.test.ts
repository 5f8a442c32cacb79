import { describe, expect, it } from 'vitest';
import { creditsSpeakers, para, speakersOf, textsOf } from '../helpers/speaker-cases.js';

/** Made-up sentences, one rule each: the speakers of the quotes, in reading order. */
describe('a credit line inside the marks', () => {
  it('ends past a role in apposition after the name, so the second part starts at the quoted words', () => {
    const text = '« Le projet a pris du retard, regrette Claire Fontaine, adjointe au maire. Il faudra encore un an. »';
    expect(textsOf(text, 'fr')).toEqual(['Le projet a pris du retard', 'Il faudra encore un an.']);
    expect(speakersOf(text, 'fr')).toEqual(['Claire Fontaine', 'Claire Fontaine']);
  });

  it("does not end at the period of a title ('juge M. Roux.')", () => {
    const text = '« Les prix vont monter, juge M. Roux. Personne ne peut l’empêcher. »';
    expect(textsOf(text, 'fr')).toEqual(['Les prix vont monter', 'Personne ne peut l’empêcher.']);
  });

  it('is a verb with its pronoun even when the verb alone is listed too (« …, sourit-il. … »)', () => {
    const text = para('« On a gagné », a dit Paul Garnier.', '« J’ai suivi le ballon, sourit-il. C’est un rêve. »');
    expect(textsOf(text, 'fr')).toEqual(['On a gagné', 'J’ai suivi le ballon', 'C’est un rêve.']);
    expect(speakersOf(text, 'fr')).toEqual(['Paul Garnier', 'Paul Garnier', 'Paul Garnier']);
  });

  creditsSpeakers([
    [
      'fr',
      para(
        '« Nous avons tout essayé, déplore Anne Perrin, gérante du café. On ne tiendra pas. »',
        '« Il faut baisser les charges », a répondu le ministre, Paul Garnier.',
        'Mme Perrin n’est pas convaincue. « Ce sont des mots », soupire-t-elle.',
      ),
      ['Anne Perrin', 'Anne Perrin', 'Paul Garnier', 'Anne Perrin'],
    ],
  ]);
});

describe('a plural speech verb credits two people named together', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Il porto cresce», ha detto il sindaco Luca Ferri.',
        'Il dott. Marco Conti, primario a Pisa, e la collega Anna Russo, di Lucca, hanno firmato un appello. «Servono più medici», hanno scritto i due.',
      ),
      ['Luca Ferri', 'Marco Conti e Anna Russo'],
    ],
    [
      'fr',
      para(
        '« Le site ferme », a déclaré Paul Martin.',
        'Le maire, Jean Roux, et la présidente de la région, Marie Blanc, ont écrit au ministre. « Nous voulons un repreneur », ont-ils expliqué.',
      ),
      ['Paul Martin', 'Jean Roux et Marie Blanc'],
    ],
    [
      'pt',
      para(
        '"O programa é ambicioso", disse o ministro Rui Pereira.',
        'Os moradores, João e Teresa Almeida, ouviram a notícia. "Queremos ver as obras", disseram à Lusa.',
      ),
      ['Rui Pereira', 'João e Teresa Almeida'],
    ],
    ['fr', '« On travaille à perte », soupirent Luc et Marie Dartigues, viticulteurs.', ['Luc et Marie Dartigues']],
    ['es', '«No tenemos dinero», señalaron en un comunicado los alcaldes de Vic, Marta Puig, y de Manlleu, Lluís Ferrer.', ['Marta Puig y Lluís Ferrer']],
  ]);
});

describe('a surname two people share is the one the article named first', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Angeklagt ist der Bäcker Jens Hamann. Seine Frau, Ute Hamann, sagte als Zeugin aus. „Er hat nachts nur noch gerechnet“, sagte sie.',
        'Am Ende sprach der Angeklagte selbst. „Ich habe nichts angezündet“, sagte Hamann.',
      ),
      ['Ute Hamann', 'Jens Hamann'],
    ],
  ]);
});

describe('a part of a day, alone or after a weekday, is never part of a name', () => {
  creditsSpeakers([
    [
      'de',
      para(
        'Das Landgericht hat den Bauunternehmer Olaf Brink zu drei Jahren Haft verurteilt.',
        'Richter Uwe Sommer sprach von einem verwerflichen Vorgehen. „Es ging um Geld für eine Schule“, sagte er.',
        'Der Angeklagte nahm das Urteil regungslos auf. Im letzten Wort hatte er am Vormittag Reue gezeigt, seine Anwältin Ina Roth hatte auf Bewährung plädiert. „Ich habe einen Fehler gemacht“, hatte er gesagt.',
      ),
      ['Uwe Sommer', 'Olaf Brink'],
    ],
  ]);
});

describe('spans of time joined by a conjunction are no pair of people', () => {
  creditsSpeakers([
    [
      'de',
      'Staatsanwältin Petra Lenz hatte sechs Jahre und zwei Monate gefordert, zeigte sich aber zufrieden. „Das Gericht ist uns gefolgt“, sagte sie.',
      ['Petra Lenz'],
    ],
  ]);
});

describe('a name right after a preposition following the verb is to whom it was said', () => {
  creditsSpeakers([
    ['it', "«Il piano è pronto», spiega all'ANSA il presidente della Regione, Mario Rossi Bianchi.", ['Mario Rossi Bianchi']],
    ['es', 'Según explicó a EFE el portavoz de Renfe, Juan Pérez Gil, «los trenes volverán a circular el lunes».', ['Juan Pérez Gil']],
    ['pt', '"Isto é uma expulsão", disse à Lusa Rita Gonçalves dos Santos, da associação.', ['Rita Gonçalves dos Santos']],
  ]);
});

describe('a quote credited by a pronoun or bare verb, after a sentence about a role or a spokesperson', () => {
  creditsSpeakers([
    [
      'es',
      para(
        '«No habrá subidas», dijo el ministro de Hacienda, Carlos Ruiz.',
        '«Es un parche», dijo la sindicalista Marta Gil.',
        'Preguntado por las regiones, el ministro fue tajante. «Las transferencias no se tocan», respondió.',
      ),
      ['Carlos Ruiz', 'Marta Gil', 'Carlos Ruiz'],
    ],
    [
      'fr',
      para(
        '« Nous partons », a déclaré Laurent Vidal.',
        'Une porte-parole de Valmet a précisé que le groupe gardait deux usines. « Ces sites ne sont pas concernés », a-t-elle indiqué.',
      ),
      ['Laurent Vidal', 'Valmet'],
    ],
  ]);
});

describe('a bare verb after a person opened a sentence means that person, not the body that spoke before', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Un portavoce di Trenitalia ha spiegato che la linea resta chiusa. «Restate a casa», ha detto.',
        'A Faenza il sindaco Paolo Neri ha passato la notte in strada. «La gente è stanca», ha raccontato.',
      ),
      ['Trenitalia', 'Paolo Neri'],
    ],
  ]);
});

describe('a subject pronoun right after a verb the lists lack', () => {
  creditsSpeakers([
    ['es', para('«Vamos a ganar», dijo la directora, Ana Sofía del Valle.', '«No lo dudo», murmuró ella.'), ['Ana Sofía del Valle', 'Ana Sofía del Valle']],
  ]);
});

describe('a common noun for people before a full name keeps them people, not a body', () => {
  creditsSpeakers([
    ['fr', '« C’est une honte », ont dénoncé les riverains Anne Leroy et Pierre Morel.', ['Anne Leroy et Pierre Morel']],
    ['it', '«È una vergogna», hanno denunciato i residenti Anna Leone e Piero Moro.', ['Anna Leone e Piero Moro']],
  ]);
});

describe('a plural role before two names in apposition', () => {
  creditsSpeakers([
    ['pt', '"Refinar aqui é gerar emprego", declararam em nota os coordenadores da entidade, Paulo Mendes e Carla Souto.', ['Paulo Mendes e Carla Souto']],
    ['it', '«Vogliamo garanzie», hanno detto i consiglieri regionali, Sara Galli e Luca Monti.', ['Sara Galli e Luca Monti']],
  ]);
});

describe('"according to" after a quote names its source', () => {
  creditsSpeakers([
    [
      'es',
      para('La ministra de Sanidad, Mónica García Ruiz, compareció ayer.', '«No vamos a cerrar ningún centro», según la ministra.'),
      ['Mónica García Ruiz'],
    ],
    ['pt', '"O SNS vai contratar mais médicos", segundo o diretor do hospital, Rui Matos Lopes.', ['Rui Matos Lopes']],
  ]);
});

describe("a body's name that goes on in lowercase words after its capitals", () => {
  creditsSpeakers([
    [
      'it',
      'La Protezione civile ha diffuso un avviso sulle strade della regione. «Le strade restano chiuse per tutta la giornata di domani», ha fatto sapere la Protezione civile.',
      ['Protezione civile'],
    ],
    [
      'fr',
      para('Santé publique France publie son bilan.', '« Le pic est passé », indique Santé publique France dans un communiqué.'),
      ['Santé publique France'],
    ],
    ['fr', '« Le stade sera rénové », indique un porte-parole de la Communauté d’agglomération Pays basque.', ['Communauté d’agglomération Pays basque']],
  ]);

  it("leaves a person's name before a verb that repeats ('Rossi spiega … Rossi spiega')", () => {
    const text = para('Marco Rossi spiega il piano ai soci. «Serve tempo», ha detto.', 'Marco Rossi spiega anche i costi. «Costa poco», ha aggiunto.');
    expect(speakersOf(text, 'it')).toEqual(['Marco Rossi', 'Marco Rossi']);
  });
});

describe('an apposition between a named subject and its verb', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        '"O plano é bom", disse o economista Paulo Mendes.',
        'A comerciante Lurdes Barreto, dona de uma loja na Rua Augusta, teme cortes. "Ninguém nos ouviu", disse ela.',
      ),
      ['Paulo Mendes', 'Lurdes Barreto'],
    ],
    [
      'it',
      para(
        '«I conti sono in ordine», ha detto l’assessore Marco Bellini.',
        'La farmacista Chiara Donati, titolare di una farmacia in Via Roma, è preoccupata. «Mancano i medicinali», ha detto lei.',
      ),
      ['Marco Bellini', 'Chiara Donati'],
    ],
  ]);
});

describe('a masculine role in apposition before a woman’s name', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Il bilancio è solido», ha detto l’assessore Marco Bellini.',
        'Il sindaco di Lodi, Sara Casanova, ha convocato la giunta. «Serve prudenza», ha detto lei.',
      ),
      ['Marco Bellini', 'Sara Casanova'],
    ],
    [
      'fr',
      para(
        '« Le budget tient », a dit l’adjoint Marc Bellec.',
        'Le maire de Rennes, Nathalie Appéré, a réuni le conseil. « Il faut être prudent », a-t-elle affirmé.',
      ),
      ['Marc Bellec', 'Nathalie Appéré'],
    ],
  ]);

  it('still passes over the man for a woman the article marks as one', () => {
    const text = para(
      '« Nous tiendrons », a dit la conseillère Anne Roux.',
      '« Le budget tient », a dit le directeur de l’usine, Marc Bellec.',
      '« Rien ne change », a-t-elle ajouté.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Anne Roux', 'Marc Bellec', 'Anne Roux']);
  });
});

describe('a name of a given name and two surnames, called by the first surname', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'El juicio contra Pablo Ferrer Soto comenzó ayer. «Hubo pagos ocultos», sostuvo la fiscal Ana Ruiz.',
        'Ferrer, que dimitió en 2022, negó los hechos. «Yo solo firmaba», declaró ante el tribunal.',
      ),
      ['Ana Ruiz', 'Pablo Ferrer Soto'],
    ],
  ]);
});

describe('an epithet nobody was given, after a dateline', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'Vila Real de Cima. A recontagem confirmou a vitória de Marta Sousa Lemos por 40 votos.',
        '"Agora é tempo de governar para todos", afirmou a presidente eleita à saída do tribunal.',
      ),
      ['Marta Sousa Lemos'],
    ],
  ]);

  it('means no body named after a conjunction before it', () => {
    const text = para(
      'Arnhem. De rechtbank gaf de milieuorganisatie Natuur en Milieu Gelderland gelijk.',
      '"Een doel zonder maatregelen is geen beleid", schrijft de rechter in het vonnis.',
    );
    expect(speakersOf(text, 'nl')).not.toEqual(['Milieu Gelderland']);
  });
});

describe("a body's name, its member's lowercase role and the member's full name after the verb: the member speaks", () => {
  creditsSpeakers([
    ['en', para('Bins went unemptied.', '"We stand with the drivers," said Unite regional organiser Kamal Doshi.'), ['Kamal Doshi']],
    ['en', para('The line is shut.', '"The ground is still moving," said Network Rail\'s route director Fiona Baird.'), ['Fiona Baird']],
  ]);
});

describe('one person per role: an epithet nobody held yet means who the article gives the role later in its paragraph, not the last person named', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Derek Hollins, 61, of Wigston, admitted three breaches of safety rules.',
        'Sentencing him on Friday, the judge said he had shown "a reckless indifference to his tenants". "You knew and you did nothing," Judge Mary Okonedo told him.',
      ),
      ['Mary Okonedo', 'Mary Okonedo'],
    ],
  ]);
});

describe('a role inside what a speech verb reports without "that" is not the subject a following pronoun goes on with', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'Acting for Dunford Borough Council, barrister Owen Pryce said the notices had been ignored.',
        'Councillor Ruth Amadi, the cabinet member for housing, said the case showed why the council was widening its scheme. "Every rented home should be licensed," she said.',
      ),
      ['Ruth Amadi'],
    ],
  ]);
});
