import { describe, expect, it } from 'vitest';
import { para, speakersOf, textsOf } from '../helpers/speaker-cases.js';

/** Made-up French and Italian sentences, one rule each: the quotes' words and speakers, in reading order. */
describe('a credit line inside the marks that names only a role', () => {
  it('takes no apposition: the quoted words resume after its comma', () => {
    const text = para(
      'La ministre de la Culture, Hélène Margerie, a visité le chantier.',
      '« Le théâtre, estime la ministre, ne rouvrira pas avant l’été. Les fondations sont fragiles. »',
    );
    expect(textsOf(text, 'fr')).toEqual(['Le théâtre', 'ne rouvrira pas avant l’été. Les fondations sont fragiles.']);
    expect(speakersOf(text, 'fr')).toEqual(['Hélène Margerie', 'Hélène Margerie']);
  });
});

describe('a credit line inside the marks that names a role, then the person in apposition', () => {
  it('runs on to the comma after the full name, who said both parts', () => {
    const text = '« Ce pont, a insisté la présidente du département, Odile Marchand-Roux, n’est pas un luxe : c’est la seule route vers l’hôpital. »';
    expect(textsOf(text, 'fr')).toEqual(['Ce pont', 'n’est pas un luxe : c’est la seule route vers l’hôpital.']);
    expect(speakersOf(text, 'fr')).toEqual(['Odile Marchand-Roux', 'Odile Marchand-Roux']);
  });

  it('after a role ending in a place name too', () => {
    const text = '«Il cantiere, ha spiegato il sindaco di Lodi, Marco de Santis, partirà entro giugno e durerà due anni».';
    expect(textsOf(text, 'it')).toEqual(['Il cantiere', 'partirà entro giugno e durerà due anni']);
    expect(speakersOf(text, 'it')).toEqual(['Marco de Santis', 'Marco de Santis']);
  });
});

describe('a speech verb alone inside the marks', () => {
  it('between dashes splits the quote, both parts said by who spoke last', () => {
    const text = para('Il sindaco Paolo Ferrini ha presentato il piano.', '«Se la Regione non risponde – ha aggiunto – chiuderemo il ponte per sei mesi».');
    expect(textsOf(text, 'it')).toEqual(['Se la Regione non risponde', 'chiuderemo il ponte per sei mesi']);
    expect(speakersOf(text, 'it')).toEqual(['Paolo Ferrini', 'Paolo Ferrini']);
  });

  it('as a compound tense between commas splits it too', () => {
    const text = para('Il sindaco Paolo Ferrini ha presentato il piano.', '«Siamo pronti, ha spiegato, a trattare con tutti».');
    expect(textsOf(text, 'it')).toEqual(['Siamo pronti', 'a trattare con tutti']);
  });
});

describe('a surname after an elided particle', () => {
  it("is part of the name in apposition (« Céline d'Argens »)", () => {
    const text = "« Le budget est tenu », a assuré la présidente du conseil, Martine d'Argens, devant les élus.";
    expect(speakersOf(text, 'fr')).toEqual(["Martine d'Argens"]);
  });

  it('is the named person a later role or bare verb means', () => {
    const text = para(
      "Il ministro Carlo d'Ambrosi ha presentato la riforma. «Non torniamo indietro», ha detto.",
      'La segretaria del sindacato, Laura Benni, ha annunciato lo sciopero. «Così non va», ha attaccato Benni.',
      "In serata il ministro d'Ambrosi è tornato sul tema. «Io non cerco applausi», ha concluso.",
    );
    expect(speakersOf(text, 'it')).toEqual(["Carlo d'Ambrosi", 'Laura Benni', "Carlo d'Ambrosi"]);
  });

  it("is not read into a body's name (« le Conseil d'État »)", () => {
    const text = para(
      'La maire, Sophie Lenoir, a présenté le projet. « Nous irons au bout », a-t-elle dit.',
      "Le Conseil d'État a tranché mardi. « C’est une victoire », a-t-elle ajouté.",
    );
    expect(speakersOf(text, 'fr')).toEqual(['Sophie Lenoir', 'Sophie Lenoir']);
  });
});

describe('two people credited together', () => {
  it('a given name opening the sentence before "et" and a full name: a plural pronoun means both', () => {
    const text = para(
      'Le député Alain Mercier a dénoncé le plan. « C’est trop tard », a-t-il dit.',
      'Jacques et Denise Morel ont accompagné leur père à l’hôpital. « Personne ne nous répond », racontent-ils.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Alain Mercier', 'Jacques et Denise Morel']);
  });

  it('two given names after a plural verb', () => {
    const text = para(
      'Il sindaco Marco Rinaldi ha parlato. «Siamo pronti», ha detto.',
      '«Dal vivo è un’altra cosa», hanno commentato Sara e Tommaso, studenti di pittura.',
    );
    expect(speakersOf(text, 'it')).toEqual(['Marco Rinaldi', 'Sara e Tommaso']);
  });
});

describe('Quebec French titles', () => {
  it('"la Dre" is a title, not part of the name', () => {
    const text = '« On soigne dans les corridors », témoigne la Dre Julie Tremblay, urgentologue.';
    expect(speakersOf(text, 'fr')).toEqual(['Julie Tremblay']);
  });
});

describe('a role, then a comma and an elided article before the title and name in apposition', () => {
  it('the person in apposition speaks, not the role’s body', () => {
    const text = '«La statale resterà chiusa un mese», ha detto il comandante della polizia locale, l’ingegnere Piero Vannucci.';
    expect(speakersOf(text, 'it')).toEqual(['Piero Vannucci']);
  });

  it('"coach" is an Italian title too', () => {
    const text = '«Non parlo degli arbitri», ha dichiarato il coach della Pallacanestro Ardesia, Gianni Ferrucci.';
    expect(speakersOf(text, 'it')).toEqual(['Gianni Ferrucci']);
  });
});

describe('a sentence opened by "Pour X," or "Per X," reports what X thinks', () => {
  it('so X is who the next pronoun means', () => {
    const text = para(
      'Dans la salle, Odile Marchal a pris la parole. « Je veux comprendre », a-t-elle confié.',
      'Pour Me Sandrine Vasseur, qui défend la société, la faute revient à la ville. « C’est commode, mais c’est faux », a-t-elle plaidé.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Odile Marchal', 'Sandrine Vasseur']);
  });

  it('but a lone place after it is what the sentence is for ("Per Milano, …")', () => {
    const text = para(
      'Il sindaco Marco Bassi ha parlato ai cronisti. «Siamo pronti», ha detto.',
      'Per Milano, la giornata è stata difficile. «Siamo stanchi», ha aggiunto.',
    );
    expect(speakersOf(text, 'it')).toEqual(['Marco Bassi', 'Marco Bassi']);
  });

  it('but not when the preposition is inside the sentence ("pour")', () => {
    const text = para(
      'Dans la salle, Odile Marchal a pris la parole. « Je veux comprendre », a-t-elle confié.',
      'Elle s’est battue pour Sandrine Vasseur, sa voisine, pendant des années. « C’est injuste », a-t-elle ajouté.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Odile Marchal', 'Odile Marchal']);
  });
});

describe('a profession before a name in apposition marks a person', () => {
  it('whom an unknown epithet later means ("le spécialiste")', () => {
    const text = para(
      'Son confrère, Me Luc Perrot, a dénoncé des « délais intenables ».',
      'L’expert judiciaire entendu mardi, l’ingénieur Bruno Lemaire, a livré une analyse sans ambiguïté. « La rupture était certaine », a expliqué le spécialiste.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Luc Perrot', 'Bruno Lemaire']);
  });
});

describe('a spokesperson who spoke last is whom a gendered pronoun means', () => {
  it('« …, a-t-il ajouté » after "un porte-parole de X": X', () => {
    const text = para(
      '« Les délais étaient intenables », a dénoncé Me Paul Girard.',
      'Un porte-parole des Transports Vallier a assuré que la société avait « toujours respecté les règles ». « Nous attendons la décision avec sérénité », a-t-il ajouté.',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Paul Girard', 'Transports Vallier', 'Transports Vallier']);
  });

  it('but not after a body merely cited as a source ("secondo una stima della Regione")', () => {
    const text = para(
      '«Non è più un’emergenza», ha detto la presidente della Provincia, Carla Benetti.',
      'Secondo una prima stima della Regione, i danni superano i 300 milioni. «Servono risorse subito», ha aggiunto lei.',
    );
    expect(speakersOf(text, 'it')).toEqual(['Carla Benetti', 'Carla Benetti']);
  });
});

describe('bodies spoken for', () => {
  it('"la province" is a body noun: its spokesperson speaks for the province the article named', () => {
    const text = para(
      'Le gouverneur de la province de Namur a activé le plan d’urgence lundi.',
      'Selon un porte-parole de la province, « la décrue ne commencera pas avant mardi ».',
    );
    expect(speakersOf(text, 'fr')).toEqual(['province de Namur']);
  });

  it('a body’s common noun after an elided preposition takes its lowercase words, even named once', () => {
    const text = '«Ogni decisione sarà analizzata», ha detto un portavoce dell’Associazione nazionale guide alpine.';
    expect(speakersOf(text, 'it')).toEqual(['Associazione nazionale guide alpine']);
  });
});

describe('a role introducing a quote with a colon', () => {
  it('« Le ministre : « … » » means the person last named, as an epithet does', () => {
    const text = para(
      '« Le plan social est indigne », a lancé la syndicaliste Fabienne Roux.',
      'Le conseiller d’État chargé de l’économie, Marc-Antoine Jaquet, a reçu les dirigeants. Le ministre : « Le canton exigera des garanties. »',
    );
    expect(speakersOf(text, 'fr')).toEqual(['Fabienne Roux', 'Marc-Antoine Jaquet']);
  });
});

describe('"lo studioso" is an Italian epithet for a named expert', () => {
  it('so "secondo lo studioso" credits the expert named before', () => {
    const text = para(
      '«Serve più personale», ha detto il sindaco Franco Gatti.',
      'Il geologo Enrico Tamburini studia il versante da anni. La frana, secondo lo studioso, «non si è ancora fermata».',
    );
    expect(speakersOf(text, 'it')).toEqual(['Franco Gatti', 'Enrico Tamburini']);
  });
});

describe('a preposition capitalized at the start of a sentence opens a place, never a name', () => {
  it('"À Échirolles, …" is where the next speaker is, the pronoun still means the person last named', () => {
    const text = 'Le maire Paul Girard défend la mesure. « Nous tenons bon », dit-il. À Échirolles, les commerçants doutent. « On verra bien », lâche-t-il.';
    expect(speakersOf(text, 'fr')).toEqual(['Paul Girard', 'Paul Girard']);
  });
});

describe('an impersonal plural speech verb, "fanno sapere"', () => {
  it('credits the body the clause comes from, not a person named before', () => {
    const text = para(
      "L'assessore Franco Meloni ha visitato la frana di Valdorso.",
      "Dalla Protezione civile provinciale fanno sapere che «la strada resterà chiusa per tutto l'inverno».",
    );
    expect(speakersOf(text, 'it')).toEqual(['Protezione civile provinciale']);
  });

  it('credits the body its sources speak for, named in lowercase words', () => {
    const text = para(
      'Il deputato Carlo Vespini ha chiesto chiarimenti.',
      'Da Palazzo Madama trapela fastidio: fonti della presidenza del Senato fanno sapere che «il calendario non si tocca».',
    );
    expect(speakersOf(text, 'it')).toEqual(['presidenza del Senato']);
  });
});
