import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('a lone given name with an age set off by the language’s own phrase is a person, a passer-by who speaks', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le maire, Paul Girard, a défendu le projet. « Nous avons tenu nos promesses envers les habitants », a-t-il déclaré.',
        'Sur le marché, Yvette, 68 ans, fait ses courses. « Je ne vois aucun changement dans mon quartier », soupire-t-elle.',
      ),
      ['Paul Girard', 'Yvette'],
    ],
    [
      'it',
      para(
        'Il sindaco Marco Bianchi difende il piano. «Abbiamo fatto tutto quello che avevamo promesso», ha detto.',
        'Davanti al mercato c’è Rosa, 68 anni, pensionata. «Qui non è cambiato niente da anni», racconta.',
      ),
      ['Marco Bianchi', 'Rosa'],
    ],
  ]);
});

describe('a lone given name with an age is a person after a function word opening the sentence, whose view it tells', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le directeur du site, Denis Thouvenot, a confirmé la fermeture. « La décision est prise », a-t-il dit.',
        "Pour Michel, 58 ans, dont 34 passés à la machine numéro 4, « c'est toute une vie qui s'arrête ». « Mon père a travaillé ici, mon fils aussi », confie-t-il.",
      ),
      ['Denis Thouvenot', 'Michel', 'Michel'],
    ],
  ]);
});

describe('a kinship word in apposition marks the gender, unlike a role a woman may hold in its masculine form', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Le procureur, Paul Morel, a ouvert l’audience. « Les faits sont graves et établis », a-t-il indiqué.',
        "Mercredi, c'est Samia Haddad qui est venue témoigner. Elle a perdu son frère, Yacine, 29 ans, dans l'incendie. « Il m'a appelée en pleine nuit et ensuite plus rien », a-t-elle raconté.",
      ),
      ['Paul Morel', 'Samia Haddad'],
    ],
  ]);
});

describe('words read in a statement someone signed are the signer’s, whatever the verb before them', () => {
  creditsSpeakers([
    [
      'it',
      para(
        "L'avvocato Luca Neri difende l'ex sindaco. «Il mio assistito non ha mai incassato nulla», spiega il legale.",
        'La procedura va avanti. «Abbiamo già recuperato gran parte dei crediti verso le banche», si legge in una nota firmata dal curatore fallimentare, Giorgio Barbieri.',
      ),
      ['Luca Neri', 'Giorgio Barbieri'],
    ],
    [
      'fr',
      "Le maire, Paul Girard, a défendu le plan. « Nous n'augmenterons pas les impôts cette année », a-t-il dit. « Les comptes sont sains », a précisé ensuite un communiqué signé par le liquidateur judiciaire, Pierre Caron.",
      ['Paul Girard', 'Pierre Caron'],
    ],
    [
      'es',
      'El alcalde, Luis Gil, defendió el plan. «No vamos a subir los impuestos este año», dijo. «Las cuentas están saneadas», ha precisado después un comunicado firmado por el administrador concursal, Jorge Barrios.',
      ['Luis Gil', 'Jorge Barrios'],
    ],
    [
      'pt',
      'O presidente da câmara, Rui Lopes, defendeu o plano. «Não vamos subir os impostos este ano», disse. «As contas estão equilibradas», precisou depois um comunicado assinado pelo administrador judicial, Jorge Barros.',
      ['Rui Lopes', 'Jorge Barros'],
    ],
  ]);
});

describe('a document read from, or its writers, speak for the body the article named as its author', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il ministro Marco Neri ha visitato il sito. «Qui si lavora bene», ha detto.',
        "La Protezione civile ha segnalato due crolli. «Servono interventi urgenti su tutta l'area», si legge nel rapporto della Protezione civile.",
      ),
      ['Marco Neri', 'Protezione civile'],
    ],
    [
      'fr',
      para(
        'Le ministre, Paul Girard, a salué le travail des élus. « Nous allons investir dans les transports », a-t-il dit.',
        "Près de 80 % des ruraux n'ont pas d'autre choix que la voiture, selon le rapport de l'Institut Mobilités Rurales publié mardi. « Cette dépense pèse d'abord sur les ménages modestes », écrivent les auteurs du rapport.",
      ),
      ['Paul Girard', 'Institut Mobilités Rurales'],
    ],
  ]);
});

describe('a document’s author named past one adjective of the document is its author', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il sindaco Luca Bassi ha presentato il piano. «Ridurremo le attese», ha detto.',
        'È il quadro che emerge dal rapporto annuale della Fondazione Salute Pubblica, presentato ieri. «Il diritto alla salute sta diventando un diritto a pagamento», si legge nel rapporto.',
      ),
      ['Luca Bassi', 'Fondazione Salute Pubblica'],
    ],
  ]);
});

describe('it: a given name tells its bearer’s gender where no cue does, for pronouns and gendered roles alike', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il vicesindaco Marco Bassi ha presentato il bilancio. «I conti sono in ordine», ha detto.',
        "Accanto a lui c'era Giulia Ferri, consigliera di minoranza, e Paolo Riva, consigliere di maggioranza. «Non ci hanno mai fatto vedere le carte», replica lei.",
      ),
      ['Marco Bassi', 'Giulia Ferri'],
    ],
    [
      'it',
      para(
        'Carla Zanetti è stata eletta sindaca di Borgo Sereno un anno fa. «Qui ogni persona conta», dice.',
        "Il suo predecessore, Aldo Berti, aveva governato per tre mandati. «All'inizio nessuno ci credeva. Poi hanno visto i cantieri», ammette la sindaca.",
      ),
      ['Carla Zanetti', 'Carla Zanetti'],
    ],
    [
      'it',
      'Carla Zanetti è tornata in paese nel 2019. «Qui si vive bene», dice. Il suo predecessore, Aldo Berti, aveva governato per tre mandati. Lei ha vinto con il 58% dei voti. «Ad Aldo devo molto, ma il suo era un paese che si preparava a chiudere», racconta.',
      ['Carla Zanetti', 'Carla Zanetti'],
    ],
  ]);
});

describe('es, pt: a given name’s ending tells the gender a pronoun looks for', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'Jorge Salinas, abogado del acusado, habló primero. «Mi cliente perdió su propia casa», explicó.',
        'Sí declaró Lucía Gómez, compradora, junto a Tomás Pardo, vecino del bloque. «Ahorramos diez años para ese piso», dijo ella ante el tribunal.',
      ),
      ['Jorge Salinas', 'Lucía Gómez'],
    ],
    [
      'pt',
      para(
        'Jorge Salgado, advogado do arguido, falou primeiro. «O meu cliente perdeu a própria casa», explicou.',
        'Prestou depoimento Lúcia Gomes, compradora, ao lado de Tomás Pardo, vizinho do prédio. «Poupámos dez anos para aquela casa», disse ela perante o tribunal.',
      ),
      ['Jorge Salgado', 'Lúcia Gomes'],
    ],
  ]);
});

describe('it: a masculine role the article gave a woman stays hers, the unmarked form against a given name alone', () => {
  creditsSpeakers([
    [
      'it',
      para(
        "Lo ha detto all'ANSA Ernesto Gianoli, residente della frazione. «Sono nato qui, non me ne vado», ha aggiunto.",
        "Il sindaco, Paola Dell'Oca, ha firmato l'ordinanza. «Il monitoraggio – ha detto il sindaco – ci aveva segnalato movimenti anomali».",
      ),
      ['Ernesto Gianoli', "Paola Dell'Oca", "Paola Dell'Oca"],
    ],
  ]);
});

describe('it: a name that takes an article is a place or a firm, no woman a pronoun means', () => {
  creditsSpeakers([
    [
      'it',
      para(
        "Laura Bianchi guida dal 2019 l'Osteria del Ponte. Suo marito, Andrea Colombo, si occupa della sala. «Lei non lo dirà mai, ma quella notte non ha dormito», racconta Colombo.",
        'La chef ride. «Andrea esagera sempre», risponde lei.',
      ),
      ['Andrea Colombo', 'Laura Bianchi'],
    ],
  ]);
});

describe('a surname alone opening its clause past a fronted phrase acts, unless an article makes it a modifier', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'La sindaca Carla Zanetti ha parlato per prima. «Il paese rinasce», ha detto.',
        'Bruno Ceccarelli gestisce il bar della piazza. «Le strade sono quelle di prima», brontola.',
        'Quanto al futuro, Zanetti non esclude una candidatura. «Prima finisco il lavoro qui», taglia corto.',
      ),
      ['Carla Zanetti', 'Bruno Ceccarelli', 'Carla Zanetti'],
    ],
    [
      'en',
      para(
        'Daniel Hartley, 34, a teacher, died in March after being struck by a lorry at the junction.',
        'Richard Allen KC, representing the Hartley family, told the court the council had had “every opportunity” to act. “This was not a tragic accident. It was a foreseeable death at a junction the council knew was dangerous,” the barrister said.',
      ),
      ['Richard Allen KC', 'Richard Allen KC'],
    ],
  ]);
});

describe('a name set off after a role a preposition governs is whom or whose, not who acts next', () => {
  creditsSpeakers([
    [
      'fr',
      "À Blendecques, le maire, Joël Duquesne, a passé la nuit dans les rues. « J'ai vu des gens pleurer devant leur maison », raconte-t-il. L'élu a reçu jeudi soir la visite du ministre de l'Intérieur, Bruno Ferrault, venu promettre des aides. « Des promesses, on en a eu. Ce qu'on attend, c'est de l'argent pour les digues », a-t-il ajouté.",
      ['Joël Duquesne', 'Joël Duquesne'],
    ],
    [
      'it',
      para(
        "Silvano Ferraresi, ex presidente della cooperativa, ieri ha risposto alle domande dell'accusa. «Ho firmato quei bilanci senza leggerli», ha detto Ferraresi.",
        "Più tardi, rispondendo alle domande della presidente del collegio, Anna Maria Lodi, è tornato sul rapporto con Gobbi, che per vent'anni è stato il suo braccio destro. «Per me era come un figlio. Oggi non mi guarda nemmeno in faccia», ha detto.",
      ),
      ['Silvano Ferraresi', 'Silvano Ferraresi'],
    ],
  ]);
});

describe('a last clause opening on its verb goes on with the sentence’s subject, whatever statement it names', () => {
  creditsSpeakers([
    [
      'en',
      para(
        'The coroner, Helen Prescott, opened the hearing. “We will hear from the family first,” she said.',
        'Mr Hartley’s partner, Sophie Grant, read a statement outside court. “Dan cycled to work every day for ten years. He did everything right,” she said.',
      ),
      ['Helen Prescott', 'Sophie Grant'],
    ],
  ]);
});

describe('es: a municipal comptroller is a role, taken up by its former holder’s epithet', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'En el banquillo se sientan el empresario Rafael Cuesta y la exinterventora municipal Pilar Domínguez. Su abogado, Ignacio Barrantes, pidió la nulidad. «Si caen las escuchas, cae el juicio», ha sostenido el letrado.',
        'La exinterventora ha sido la única de los tres acusados en reconocer irregularidades. «Advertí por escrito de que los contratos se estaban fraccionando», ha explicado.',
      ),
      ['Ignacio Barrantes', 'Pilar Domínguez'],
    ],
  ]);
});

describe('it: “la portavoce” is the person the article named as spokesperson; an unnamed one speaks for the body', () => {
  creditsSpeakers([
    [
      'it',
      para(
        '«Una stanza costa 550 euro al mese», racconta Chiara Benetti, studentessa di Ingegneria e portavoce del collettivo Udu.',
        'Il rettore Paolo Bellucci ha ricevuto una delegazione. «Faremo la nostra parte», ha detto.',
        '«Resteremo qui finché non vedremo i cantieri», ha concluso la portavoce degli studenti.',
      ),
      ['Chiara Benetti', 'Paolo Bellucci', 'Chiara Benetti'],
    ],
    [
      'it',
      "La Procura di Lucca ha aperto un fascicolo. Un portavoce della Procura ha spiegato che il pm Chiara Dell'Aquila ha già acquisito i verbali. «Si tratta di accertamenti urgenti», ha detto il portavoce.",
      ['Procura di Lucca'],
    ],
  ]);
});

describe('a title heading a lowercase remit names its holder right after it, not a source', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'Na porta da escola, a diarista Luciana Bortoletto procurava com quem deixar o filho. "Eu entendo os professores, mas quem paga a conta somos nós", disse.',
        'Para o professor de políticas educacionais da UFPR Rodrigo Tavares, o impasse era previsível. "O piso nacional subiu acima da arrecadação de muitos municípios", avaliou.',
      ),
      ['Luciana Bortoletto', 'Rodrigo Tavares'],
    ],
    [
      'pt',
      para(
        'Em Belo Horizonte, a estudante Larissa Fontes chorava em frente ao campus. "O ônibus quebrou no meio do caminho", contou.',
        'Para a professora de redação Mariana Siqueira, de um cursinho popular em Salvador, o tema favorece quem leu jornal. "É um tema que aparece em toda roda de conversa", disse.',
      ),
      ['Larissa Fontes', 'Mariana Siqueira'],
    ],
  ]);
});

describe('pt, es: an engineer is a title, so a person named with it has spoken since the document did', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'Um estudo do Observatório da Floresta do Centro conclui que pouco foi feito. «Sem gestão ativa, a regeneração favorece espécies invasoras», refere o documento.',
        'O coordenador do estudo, o engenheiro florestal Tiago Barros, vai mais longe. «Estamos a repetir os erros de 2017», alerta.',
      ),
      ['Observatório da Floresta do Centro', 'Tiago Barros'],
    ],
    [
      'es',
      para(
        'Un informe del Observatorio del Agua concluye que falta inversión. «Sin mantenimiento, las presas pierden capacidad», señala el documento.',
        'El coordinador del informe, el ingeniero agrónomo Tomás Barrios, va más allá. «Estamos repitiendo los errores de 2017», advierte.',
      ),
      ['Observatorio del Agua', 'Tomás Barrios'],
    ],
  ]);
});

describe('es: sources opening their sentence speak for their body, the public prosecutor’s office for the Fiscalía named, not whoever spoke', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'El abogado Luis Gil anunció un recurso. «Vamos a pedir amparo», declaró.',
        'La Fiscalía Anticorrupción, que pedía ocho años de prisión, se mostró satisfecha con el fallo. Fuentes del ministerio público consultadas por esta agencia subrayaron que la sentencia «cierra un caso que ha tardado once años en resolverse».',
      ),
      ['Luis Gil', 'Fiscalía Anticorrupción'],
    ],
  ]);
});

describe('a role after a preposition before a colon is whom the words are about; the clause’s subject introduces the quote', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il rettore Giovanni Serafini ha scelto la via del comunicato. «Gli aumenti dipendono dai costi dell’energia», si legge in una nota.',
        'Il professor Luca Benedetti, ordinario di Diritto amministrativo e tra i 96 firmatari di una lettera aperta al rettore: «Un’università che lascia fuori chi non può pagare tradisce la propria missione».',
      ),
      ['Giovanni Serafini', 'Luca Benedetti'],
    ],
  ]);
});
