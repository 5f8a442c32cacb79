/**
 * How the evidence around a quote weighs its candidates: who a reported speech verb credits past its listener, which
 * names are no candidates at all, which subjects count, whom a bare verb or a pronoun goes on with.
 */
import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

describe('reported speech whose verb names its listener first credits the subject named after it, whom a bare verb then means', () => {
  creditsSpeakers([
    [
      'pt',
      para(
        'Um fogo que começou de madrugada no concelho de Arganil obrigou a retirar 80 pessoas, disse à agência Lusa o comandante distrital, Artur Pinto Cabral.',
        '"As frentes estão a perder força", afirmou.',
      ),
      ['Artur Pinto Cabral'],
    ],
    [
      'it',
      para(
        'Una frana ha chiuso la provinciale per Varese Ligure, ha detto ai cronisti il sindaco Gino Ferrari Lanza.',
        '«Riapriremo entro un mese», ha aggiunto.',
      ),
      ['Gino Ferrari Lanza'],
    ],
    [
      'es',
      para('El incendio obligó a desalojar a 120 vecinos de Tábara, explicó a Efe el alcalde, Pedro Ruiz Mora.', '«El fuego está controlado», añadió.'),
      ['Pedro Ruiz Mora'],
    ],
  ]);
});

describe('a byline, a dateline or a photo credit names no candidate: a role or a bare verb never means its reporter', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        'Par Hélène Darrieux - 3 févr. 2027 à 18:05',
        'Jordan Mercier, 31 ans, comparaissait pour vol avec violence. « Je ne me souviens de rien », répond le prévenu.',
      ),
      ['Jordan Mercier'],
    ],
    [
      'es',
      para(
        'Andrea Solís Cuevas | Teruel',
        'La situación del club es crítica desde el embargo. «Lo digo hoy y lo firmo: el club no va a desaparecer», aseguró este jueves en una tensa rueda de prensa el presidente del consejo, Ramiro Quesada Pons.',
      ),
      ['Ramiro Quesada Pons'],
    ],
  ]);
});

describe('a quote with no credit after one its paragraph credits only from the names around it goes on with that speaker', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'La plantilla no ha cobrado desde enero.',
        '«El club no va a desaparecer», aseguró este jueves en una tensa rueda de prensa el presidente, Ramiro Quesada Pons, que dirige la entidad desde 2021. «Estamos cerrando la entrada de un inversor».',
      ),
      ['Ramiro Quesada Pons', 'Ramiro Quesada Pons'],
    ],
  ]);
});

describe('a name followed by its verb, an auxiliary or a negation too, is its clause’s subject, whom a pronoun in its paragraph means', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Nel dopogara mister Ottavio Cerri Lanza non cerca alibi. «Abbiamo sbagliato tutto, è una questione di testa», le parole dell’allenatore in sala stampa.',
      ),
      ['Ottavio Cerri Lanza'],
    ],
    [
      'fr',
      para(
        '« Je regrette », a dit Jordan Mercier à la barre.',
        'Venu à la barre avec une béquille, Bastien Loriot a décrit des mois de rééducation. « Je ne peux plus courir », a-t-il déclaré.',
      ),
      ['Jordan Mercier', 'Bastien Loriot'],
    ],
    [
      'es',
      para(
        '«Hemos fallado», admitió el técnico, Iñigo Arrieta Sanz.',
        'Desde el vestuario, el capitán Álvaro Medina Rubio asumió la parte de culpa de los jugadores. «Los que estamos en el campo somos los primeros responsables», afirmó tras el entrenamiento.',
      ),
      ['Iñigo Arrieta Sanz', 'Álvaro Medina Rubio'],
    ],
  ]);
});

describe('an article after a preposition opens a role’s remit, not the role: it marks no gender', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        '« Nous ferons appel », a dit le prévenu, Paul Girard.',
        "L'avocat de la défense, Me Hugo Lefranc, a plaidé la relaxe. « Mon client n'a rien volé », a-t-il ajouté.",
      ),
      ['Paul Girard', 'Hugo Lefranc'],
    ],
  ]);
});

describe('an epithet whose holder was named before its paragraph takes up the person acting in that paragraph', () => {
  creditsSpeakers([
    [
      'es',
      para(
        '«Hemos fallado», admitió el técnico, Iñigo Arrieta Sanz.',
        'En el otro banquillo, el entrenador del Alcorcón, Mikel Etxeberria Goñi, elogió a los suyos. «Sabíamos sufrir», valoró el técnico vasco.',
      ),
      ['Iñigo Arrieta Sanz', 'Mikel Etxeberria Goñi'],
    ],
  ]);
});

describe('an epithet keeps its holder when the paragraph names the holder too', () => {
  creditsSpeakers([
    [
      'es',
      para(
        '«Nunca cogí un euro», aseguró el exalcalde, Benito Roldán Pardo.',
        'El fiscal, Jaime Quirós Vela, sostiene que Roldán firmó los contratos. A preguntas del fiscal, el exalcalde insistió: «Todo era legal».',
      ),
      ['Benito Roldán Pardo', 'Benito Roldán Pardo'],
    ],
  ]);
});

describe('a name past a subordinator after the speech verb ("mentre X …", "while X …") is another clause\'s subject: the verb goes on with who was introduced', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'Il preside Carlo Venturi ha parlato ai genitori.',
        "Tra i presenti c'era Lucia Ferretti, madre di due alunni. «Vogliamo risposte scritte», ha detto, mentre Venturi lasciava la sala.",
      ),
      ['Lucia Ferretti'],
    ],
    [
      'es',
      para(
        'La alcaldesa Nuria Campos inauguró el mercado.',
        'En la cola esperaba Tomás Requena Gil, vendedor de fruta. "Llevamos un año esperando", comentó mientras Campos cortaba la cinta.',
      ),
      ['Tomás Requena Gil'],
    ],
    [
      'pt',
      para(
        'O prefeito Álvaro Mendes visitou a obra.',
        'Na calçada, a moradora Teresa Quintela olhava o buraco. "Ninguém nos avisou de nada", disse, enquanto Mendes tirava fotografias.',
      ),
      ['Teresa Quintela'],
    ],
  ]);
});

describe('the article opening a role past its long remit marks the person in apposition: a pronoun of the other gender passes over them', () => {
  creditsSpeakers([
    [
      'fr',
      para(
        '« Le pont tiendra », a assuré la maire, Odile Verdier.',
        'Le ministre de la Cohésion des territoires, Paul Mercadier, a promis des crédits « sous un mois ».',
        '« Nous attendons ces crédits depuis des années », a-t-elle répliqué.',
      ),
      ['Odile Verdier', 'Paul Mercadier', 'Odile Verdier'],
    ],
  ]);
});

describe('a preposition opening the sentence is no part of the name after it: that name is to whom, the subject after the verb speaks', () => {
  creditsSpeakers([
    [
      'it',
      para(
        'La ministra Carla De Santis ha parlato di fondi.',
        'A De Santis ha risposto la sindaca di Rovigo, Marta Galli: «I progetti li abbiamo mandati un anno fa».',
      ),
      ['Marta Galli'],
    ],
  ]);
});
