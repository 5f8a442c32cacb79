import { describe, expect, it } from 'vitest';
import { creditsSpeakers, para, speakersOf, textsOf } from '../helpers/speaker-cases.js';

describe('after a name, an elided preposition opens to whom or where it was said', () => {
  creditsSpeakers([
    [
      'it',
      'Il geologo Marco Ferlini, del Politecnico, segue il versante da anni. «Il terreno si muove ancora di due centimetri al giorno», ha spiegato Ferlini all’Adnkronos.',
      ['Marco Ferlini'],
    ],
  ]);
});

describe('a lowercase noun after the verb’s preposition keeps its phrase: the name in it is the listener or the page', () => {
  creditsSpeakers([
    [
      'pt',
      'O hospital tem falta de médicos. «As equipas estão exaustas e não há quem as substitua», disse à rádio Planalto a diretora clínica, Marta Quintas Lobo.',
      ['Marta Quintas Lobo'],
    ],
  ]);
});

describe('a name and its verb before a role: the name apposed to the role is the object, not who speaks next', () => {
  creditsSpeakers([
    [
      'fr',
      'La maire, Claire Dubosc, a réuni les élus. « Il faut agir vite », a-t-elle dit. Mme Dubosc a appelé dès lundi le ministre de l’Agriculture, Paul Girard. « Nous attendons des moyens concrets », a-t-elle ajouté.',
      ['Claire Dubosc', 'Claire Dubosc'],
    ],
  ]);
});

describe('a speech verb inside what another speech verb reports is no one speaking now', () => {
  creditsSpeakers([
    [
      'pt',
      '«Faltam médicos em todas as urgências», afirmou a sindicalista Rosa Lima Bastos. Lima Bastos lembrou que o secretário de Estado, Nuno Teles Vaz, prometeu em maio novas contratações. «Até hoje não chegou ninguém», acrescentou.',
      ['Rosa Lima Bastos', 'Rosa Lima Bastos'],
    ],
    [
      'es',
      '«No hay camas libres», dijo la enfermera Ana Ruiz Gil. Ruiz Gil recordó que el consejero de Sanidad, Pedro Lara Ríos, anunció en marzo un plan de choque. «El plan no ha llegado a ningún hospital», añadió.',
      ['Ana Ruiz Gil', 'Ana Ruiz Gil'],
    ],
  ]);
});

describe('a spokesperson of a body named by its noun after an elided article speaks for the body named before', () => {
  creditsSpeakers([
    [
      'fr',
      "L'Office régional du tourisme (ORT) a lancé une enquête. « Les réservations ont chuté de moitié depuis l'été », précise un porte-parole de l'office.",
      ['ORT'],
    ],
  ]);
});

describe('a body’s noun right after the verb speaks, not the statement it spoke in', () => {
  creditsSpeakers([
    [
      'es',
      'El Ayuntamiento de Villaseca ha abierto el polideportivo. El consorcio de bomberos pidió calma. «No hay viviendas afectadas por ahora», indicó el ayuntamiento en un comunicado.',
      ['Ayuntamiento de Villaseca'],
    ],
  ]);
  it('fr: the management of a company named before is the company', () => {
    const [speaker] = speakersOf(
      'La direction des Verreries Dumont a annoncé mardi un plan social. « Aucune autre solution n’était possible », a indiqué la direction dans un communiqué.',
      'fr',
    );
    expect(speaker).toContain('Verreries Dumont');
  });
});

describe('it: sources of a body speak for it, as its spokesperson does', () => {
  creditsSpeakers([
    [
      'it',
      'La Procura di Lucca ha aperto un fascicolo per omicidio colposo. «Stiamo ascoltando tutti i testimoni della notte», riferiscono fonti della procura.',
      ['Procura di Lucca'],
    ],
  ]);
});

describe('a body named in apposition after its noun is what a later spokesperson of that noun speaks for', () => {
  creditsSpeakers([
    [
      'es',
      'La Fiscalía pide la pena máxima. La empresa gestora, Limpiezas Oroval, no está acusada. «Respetaremos lo que decida el tribunal», señaló un portavoz de la empresa.',
      ['Limpiezas Oroval'],
    ],
  ]);
});

describe('a longer time or place phrase between the verb and the name', () => {
  creditsSpeakers([
    [
      'fr',
      'La procureure Anne Morel a requis cinq ans. « Ma fille avait dix-neuf ans. Rien ne me la rendra », a témoigné à la sortie de l’audience Julie Garnier, qui préside l’association des familles.',
      ['Julie Garnier'],
    ],
  ]);
});

describe('an opening "para X," with an abbreviated title before the name reports X’s view', () => {
  creditsSpeakers([
    [
      'pt',
      'O Sr. Carlos Bento esperava há seis horas. «Ninguém nos diz nada», contou o reformado. Para a Dr.ª Marta Seixas, médica em Loures, o problema começa antes. «Faltam médicos de família há dez anos», explicou.',
      ['Carlos Bento', 'Marta Seixas'],
    ],
  ]);
});

describe('an epithet the article gave no one means the person it brought in with an age', () => {
  creditsSpeakers([
    [
      'fr',
      'Pour l’hydrologue Anne Vidal, « la crue était prévisible ». Dans la rue basse, à Arques, Paul Roux, 81 ans, a refusé de partir. « J’ai connu toutes les crues depuis la guerre », dit le retraité.',
      ['Anne Vidal', 'Paul Roux'],
    ],
  ]);
});

describe('a verb and the statement it came in, no one named: whoever spoke last', () => {
  creditsSpeakers([
    ['it', 'Il sindaco Paolo Neri ha visitato la frana. «Il comune farà la sua parte fino in fondo», ha aggiunto in una nota.', ['Paolo Neri']],
  ]);
});

describe('a name opening the clause after a fronted adverbial is the subject a bare verb after the next quote means', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'O ministro da Economia, Paulo Reis Correia, anunciou em Faro um apoio de 20 milhões.',
        'Na quinta da Ribeira, perto de Tavira, Manuel Gouveia olha para um pomar seco. "Perdi metade das laranjas este ano", contou.',
      ),
      ['Manuel Gouveia'],
    ],
    [
      'es',
      para(
        'El consejero, Tomás Vidal Peña, presentó ayer las ayudas.',
        'En el puerto de Burela, Ramiro Lodeiro repasa las redes rotas. «Este año no sale a cuenta salir a faenar», lamentó.',
      ),
      ['Ramiro Lodeiro'],
    ],
  ]);
});

describe('after an unlisted verb, a lone first name with a role apposed to it is the speaker', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le maire, Paul Lemoine, a parlé aux habitants. « Rien ne change pour l’instant », a-t-il dit.',
        'Les supporters attendent devant le stade. « On survivra à tout ça », lançait Kévin, abonné depuis vingt ans.',
      ),
      ['Paul Lemoine', 'Kévin'],
    ],
    [
      'es',
      para(
        'El alcalde, Luis Pardo Gil, defendió el cierre. «Es necesario», dijo.',
        'Los vecinos protestan en la plaza. «Nos quitan el único autobús», resumía Encarna, jubilada del barrio.',
      ),
      ['Luis Pardo Gil', 'Encarna'],
    ],
  ]);
});

describe('a lone first name opening a clause, someone indefinite apposed to it, is whom the next quote’s pronoun means', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'La maire, Odile Ferrand, a ouvert la salle des fêtes. « Nous avons servi 300 repas », a-t-elle raconté.',
        'Au camping, Martine, une retraitée nantaise, a dû partir de nuit. « On a vu la fumée partout », témoigne-t-elle.',
      ),
      ['Odile Ferrand', 'Martine'],
    ],
    [
      'it',
      para(
        'Il sindaco, Carlo Bruni, ha difeso il piano. «È necessario», ha detto.',
        'Al mercato, Giuseppina, una pensionata di Bari, non è d’accordo. «Ci stanno cacciando», racconta.',
      ),
      ['Carlo Bruni', 'Giuseppina'],
    ],
    [
      'en',
      para(
        'Plant manager Colin Hart said staff were told on Monday. "People cried," he said.',
        'Hart said his colleague Tom, a fitter, had just bought a house. "He has two kids," he said.',
      ),
      ['Colin Hart', 'Colin Hart'],
    ],
  ]);
});

describe('an opening “Pour …,” / “Para …,” with a full name credits the quote later in its sentence', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'La ville a voté dimanche.',
        "Pour le politologue Marc Delorme, de l'université d'Orléans, le résultat « dépasse le cadre local ». « Les villes moyennes sanctionnent toujours », estime-t-il.",
      ),
      ['Marc Delorme', 'Marc Delorme'],
    ],
    [
      'es',
      para(
        'La fiscal pidió nueve años.',
        'Para la Asociación de Vecinos del Carmen, que ejerce la acusación popular, la petición de la fiscal es «un paso insuficiente». «Esperamos más», lamentó su presidenta, Lucía Gómez Ortiz.',
      ),
      ['Asociación de Vecinos del Carmen', 'Lucía Gómez Ortiz'],
    ],
  ]);
});

describe('an age after “de”/“di” introduces the passer-by a bare verb after the next quote means', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'A vereadora Ana Lúcia Prado criticou o plano. "Isto é um erro", disse.',
        'Na estação central, a costureira Helena Maria dos Reis, de 61 anos, fazia as contas. "São três autocarros por dia", lamentou.',
      ),
      ['Ana Lúcia Prado', 'Helena Maria dos Reis'],
    ],
    [
      'es',
      para(
        'El alcalde, Luis Pardo Gil, defendió el plan. «Es necesario», dijo.',
        'En la parada, la limpiadora Rosa María Ferrer, de 59 años, hacía cuentas. «Son tres autobuses al día», lamentó.',
      ),
      ['Luis Pardo Gil', 'Rosa María Ferrer'],
    ],
    [
      'it',
      para(
        'Il sindaco, Carlo Bruni, ha difeso il piano. «È necessario», ha detto.',
        'Alla fermata, la colf Rosa Maria Ferri, di 59 anni, fa i conti. «Sono tre autobus al giorno», racconta.',
      ),
      ['Carlo Bruni', 'Rosa Maria Ferri'],
    ],
  ]);
});

describe('a speech verb joined to the quote before (“… di «…» e ha aggiunto: «…»”) goes on with its speaker', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il presidente Marco Sala ha difeso la scelta.',
        'Non tutti sono d’accordo. Il capitano Luca Ferri ha parlato di «colpe condivise» e ha aggiunto: «In campo ci andiamo noi».',
      ),
      ['Luca Ferri', 'Luca Ferri'],
    ],
    [
      'fr',
      para(
        'Le président Marc Sala a défendu le choix.',
        'Tous ne sont pas d’accord. Le capitaine Luc Ferrier a parlé de « fautes partagées » et a ajouté : « Sur le terrain, c’est nous qui jouons ».',
      ),
      ['Luc Ferrier', 'Luc Ferrier'],
    ],
    [
      'es',
      para(
        'El presidente Marcos Sala defendió la decisión.',
        'No todos están de acuerdo. El capitán Lucas Ferrer habló de «culpas compartidas» y añadió: «En el campo jugamos nosotros».',
      ),
      ['Lucas Ferrer', 'Lucas Ferrer'],
    ],
  ]);
});

describe('a body by its noun right after the verb speaks; a name past its phrase is where it spoke', () => {
  creditsSpeakers([
    [
      'fr',
      'La mairie de Saint-Brieuc a ouvert deux gymnases. « Nous accueillons 80 personnes », indique la mairie sur sa page Facebook.',
      ['mairie de Saint-Brieuc'],
    ],
    [
      'es',
      'El Ayuntamiento de Lugo abrió dos pabellones. «Acogemos a 80 personas», informó el ayuntamiento en su cuenta de Twitter.',
      ['Ayuntamiento de Lugo'],
    ],
  ]);
});

describe('a body’s noun after its head’s lowercase title and remit names the body from them', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        '« La crue n’est pas finie », a prévenu la préfète de la Somme, Anne Roux, à Amiens.',
        'Au total, 80 personnes ont été évacuées. « Des renforts arrivent cette nuit », a précisé la préfecture dans la matinée.',
      ),
      ['Anne Roux', 'Préfecture de la Somme'],
    ],
    [
      'it',
      para(
        '«La piena non è finita», ha detto il prefetto di Piacenza, Anna Rossi, a Bobbio.',
        'In totale 80 persone sono state evacuate. «Arrivano rinforzi stanotte», ha precisato la prefettura in mattinata.',
      ),
      ['Anna Rossi', 'Prefettura di Piacenza'],
    ],
  ]);
});

describe('an outlet after the verb’s preposition and an elided article is the listener; the subject follows it', () => {
  creditsSpeakers([
    [
      'fr',
      "La station de ski ferme deux pistes. « Sans neige, nous ne pouvons pas tenir la saison », a expliqué à l'AFP la maire, Odile Ferrand.",
      ['Odile Ferrand'],
    ],
    [
      'fr',
      "Le chantier du pont a pris du retard. « Les travaux reprendront au printemps », a confirmé à l'ANP le maire, Hervé Lamarque, qui reçoit les riverains lundi.",
      ['Hervé Lamarque'],
    ],
  ]);
});

describe('a role’s remit runs over several lowercase words and the body’s initials in brackets to the comma before the name', () => {
  creditsSpeakers([
    [
      'fr',
      'Le décret divise la profession. « Personne ne nous a consultés », a regretté la présidente de la Fédération nationale des kinésithérapeutes salariés (FNKS), la Dre Agnès Vautrin.',
      ['Agnès Vautrin'],
    ],
    [
      'es',
      'El decreto divide al sector. «Nadie nos ha consultado», lamentó el presidente de la Federación andaluza de comercios rurales (FACR), el doctor Tomás Ariza Bueno.',
      ['Tomás Ariza Bueno'],
    ],
  ]);
});

describe('es: "el DT" is the coach, the title the article gave someone as "entrenador"', () => {
  creditsSpeakers([
    [
      'es',
      'Ferro cayó en semifinales. Su entrenador, Rubén Quiroga Paz, admitió que el equipo “jugó con miedo”. El volante Iván Soria lloró en el vestuario. “Nos pesó la camiseta”, lamentó el DT.',
      ['Rubén Quiroga Paz', 'Rubén Quiroga Paz'],
    ],
  ]);
});

describe('a role’s name in apposition inside the marks, a bracket after it, closes the credit line before more quote', () => {
  const fr = '« Nous avons tout misé sur ce site, rappelle le maire de Vallon-sur-Aube, Paul-Henri Marcel (sans étiquette). Qui paiera demain ? »';
  const es = '«Hemos apostado todo por esta planta, recuerda el alcalde de Valdelobos, Juan Pedro Arcos (PSOE). ¿Quién pagará mañana?»';
  creditsSpeakers([
    ['fr', fr, ['Paul-Henri Marcel', 'Paul-Henri Marcel']],
    ['es', es, ['Juan Pedro Arcos', 'Juan Pedro Arcos']],
  ]);
  it.each([
    ['fr', fr, ['Nous avons tout misé sur ce site', 'Qui paiera demain ?']],
    ['es', es, ['Hemos apostado todo por esta planta', '¿Quién pagará mañana?']],
  ])('%s: %s', (lang, text, quotes) => expect(textsOf(text, lang)).toEqual(quotes));
});

describe('a resumptive pronoun or a "for its part" between commas after a body: the body is who the quote is from', () => {
  creditsSpeakers([
    [
      'fr',
      'Le maire, Michel Vautrin, proteste. « C’est un scandale », dit-il. La préfecture, elle, défend une fermeture « provisoire et surveillée ».',
      ['Michel Vautrin', 'préfecture'],
    ],
    [
      'fr',
      'Le maire, Michel Vautrin, proteste. « C’est un scandale », dit-il. L’ARS, de son côté, défend une fermeture « provisoire et surveillée ».',
      ['Michel Vautrin', 'L’ARS'],
    ],
    [
      'it',
      'Il sindaco, Michele Grossi, protesta. «È uno scandalo», ha detto. L’Asl, dal canto suo, difende una chiusura «provvisoria e sorvegliata».',
      ['Michele Grossi', 'L’Asl'],
    ],
  ]);
});

describe('a body’s noun, a link and the capitals of its remit with their adjectives: the whole body’s name', () => {
  creditsSpeakers([
    ['fr', '« Nous exigerons des garanties », a précisé le ministère de l’Agriculture.', ['ministère de l’Agriculture']],
    ['fr', '« Nous exigerons des garanties », a précisé à l’AFP le ministère de la Cohésion territoriale.', ['ministère de la Cohésion territoriale']],
    ['it', '«Chiederemo garanzie», ha fatto sapere il ministero dell’Ambiente.', ['ministero dell’Ambiente']],
  ]);
});

describe('a press office named in several words speaks for the body named after it, also after a statement', () => {
  creditsSpeakers([
    [
      'pt',
      'A feira recebeu 9 mil visitantes. “Não houve qualquer incidente”, informou em nota a assessoria de imprensa da Feira do Livro de Aldeia Nova.',
      ['Feira do Livro de Aldeia Nova'],
    ],
    ['pt', 'O hospital fechou a ala norte. “A ala reabre em março”, disse a assessoria de imprensa do Hospital Santa Luzia.', ['Hospital Santa Luzia']],
    [
      'fr',
      'Le festival a accueilli 9 000 visiteurs. « Aucun incident n’a été signalé », a indiqué le chargé de communication du Festival des Vents.',
      ['Festival des Vents'],
    ],
  ]);
});

describe('an unnamed spokesperson speaks for the body whose view the sentence before opens on, by its noun and name', () => {
  creditsSpeakers([
    [
      'it',
      'Per il sindacato Scuola Libera il problema è serio. «Le classi sono troppo affollate», ha affermato un portavoce. Il sindaco Paolo Rossi ha risposto.',
      ['Scuola Libera'],
    ],
    [
      'pt',
      'Para o sindicato Professores Unidos, o problema é antigo. «As turmas estão cheias», afirmou um porta-voz. O ministro Rui Sá respondeu.',
      ['Professores Unidos'],
    ],
  ]);
});

describe('an indefinite member of a body speaks for it, named before or in the phrase', () => {
  creditsSpeakers([
    [
      'pt',
      'A Associação de Pescadores da Ria Funda pediu apoio. «Há três meses que não saímos ao mar», afirmou uma dirigente da associação.',
      ['Associação de Pescadores da Ria Funda'],
    ],
    ['pt', '«Há três meses que não saímos ao mar», afirmou uma dirigente da Associação de Pescadores da Ria Funda.', ['Associação de Pescadores da Ria Funda']],
    [
      'it',
      'Il Ministero della Cultura ha chiesto una perizia. «Il restauro è stato eseguito bene», ha spiegato un funzionario del ministero.',
      ['Ministero della Cultura'],
    ],
    ['it', '«Il restauro è stato eseguito bene», ha spiegato un funzionario del Comune di Pietrasanta.', ['Comune di Pietrasanta']],
    ['fr', 'Le groupe Veltane a fermé son site. « Nous n’avions plus de commandes », explique une responsable du groupe.', ['groupe Veltane']],
  ]);
});

describe('an impersonal reading verb and the statement it was read in: the body named with the statement speaks', () => {
  creditsSpeakers([
    ['pt', 'As obras da ponte pararam em março. «O financiamento está assegurado», lê-se numa nota do Ministério das Pescas.', ['Ministério das Pescas']],
    ['it', 'Il parcheggio resta chiuso. «I lavori finiranno entro giugno», si legge in una nota del Comune di Valdorso.', ['Comune di Valdorso']],
    ['fr', 'Le pont reste fermé. « Les travaux finiront en juin », peut-on lire dans un communiqué de la Région Armorique.', ['Région Armorique']],
  ]);
});

describe('a role one form serves for both genders, its feminine article passing over a man no cue marks, for the woman named', () => {
  creditsSpeakers([
    ['pt', 'Marta Lobo venceu a prova feminina. O etíope Abel Tesfaye ganhou a masculina. «Corri a pensar no meu avô», afirmou a atleta.', ['Marta Lobo']],
  ]);
});
