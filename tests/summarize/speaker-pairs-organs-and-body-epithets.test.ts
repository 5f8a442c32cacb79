import { describe } from 'vitest';
import { creditsSpeakers, para } from '../helpers/speaker-cases.js';

/** Made-up sentences for pairs, bodies' epithets and organs, and lowercase authors, in Portuguese, Spanish, French and English press. */
describe('a pair credited by given names', () => {
  creditsSpeakers([
    // Named together before: the two full names, not the second given name alone.
    [
      'pt',
      para(
        'Os centrais Rodrigo Ferreira da Costa e Diego Arruda Lemos falaram aos jornalistas.',
        '«Não merecíamos isto», disseram Rodrigo e Diego à saída do estádio.',
      ),
      ['Rodrigo Ferreira da Costa e Diego Arruda Lemos'],
    ],
    // Named apart before: each given name opens one full name.
    [
      'pt',
      para(
        'O atacante Wellington Souza marcou o gol. O zagueiro Diego Alves Pinto fez a falta no fim do jogo.',
        'Os dois jogadores pediram calma à torcida. "Ninguém pode perder a cabeça por causa de futebol", disseram Wellington e Diego.',
      ),
      ['Wellington Souza e Diego Alves Pinto'],
    ],
  ]);
});

describe('a plural word standing for two people named together', () => {
  creditsSpeakers([
    [
      'en',
      para(
        "Wexcombe's joint managers, Gary Penhallow and Richard de Souza, were in a different mood.",
        '"This is the best day in the history of the club," the pair told BBC Radio Cornwall.',
      ),
      ['Gary Penhallow and Richard de Souza'],
    ],
    [
      'fr',
      'Les gardiens du refuge, Jeanne Morel et Paul Ferrier, ont vu la jeune femme samedi matin. « Elle est partie seule vers le col », racontent tous deux.',
      ['Jeanne Morel et Paul Ferrier'],
    ],
  ]);
});

describe("a body's epithet or kind word for the body named", () => {
  creditsSpeakers([
    // "the force" is the police force the article named.
    [
      'en',
      'Officers from Lincolnshire Police detained two men in Boston on Tuesday. "This was a significant operation," the force said in a statement.',
      ['Lincolnshire Police'],
    ],
    // "el instituto armado" is the Guardia Civil, whose name is its noun written with capitals.
    [
      'es',
      para(
        'La Guardia Civil ha detenido a 11 personas en Jaén.',
        '«Es el trabajo de todo un año», ha lamentado el gerente de la cooperativa, Francisco Javier Ortega.',
        '«La investigación sigue abierta», ha señalado el instituto armado en una nota.',
      ),
      ['Francisco Javier Ortega', 'Guardia Civil'],
    ],
    // "o dirigente" is the club's president the article named.
    [
      'pt',
      para(
        'O Sporting Clube de Vilar Formoso perdeu em casa.',
        'O presidente do clube, Fernando Castro Vilela, justificou a decisão com os números: o Vilar Formoso somou apenas 11 pontos. «Investimos muito no plantel», disse o dirigente à rádio local.',
      ),
      ['Fernando Castro Vilela'],
    ],
  ]);
});

describe("a body's organ with no body named by it", () => {
  // "la direction" of the company the article is about, not the town its plant is in.
  creditsSpeakers([
    [
      'fr',
      para(
        'Le fabricant de pièces automobiles Bréval Industries a annoncé jeudi la fermeture de son usine de Charleville-Mézières, qui emploie 310 salariés. Le groupe invoque une baisse de 35 % de ses commandes.',
        '« Cette décision est la seule possible », a fait savoir la direction dans un communiqué.',
      ),
      ['Bréval Industries'],
      'Fermeture à Charleville-Mézières : 310 emplois supprimés',
    ],
  ]);
});

describe('a spokesperson whose sentence opens on where the words come from', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'Los docentes de Mendoza cumplieron el primer día de paro.',
        'Desde la Dirección General de Escuelas (DGE), un vocero aseguró que la adhesión fue menor. «Según nuestros registros, el 63% de las escuelas dictó clases», precisó.',
      ),
      ['Dirección General de Escuelas'],
    ],
    [
      'es',
      para(
        'La Xunta cerró los polígonos de bateas de la ría.',
        'Desde la Consellería do Mar, un portavoz explicó que el cierre es preventivo. «La salud de los consumidores está por encima de todo», señaló.',
      ),
      ['Consellería do Mar'],
    ],
  ]);
});

describe('bodies speaking after a plural verb and a statement', () => {
  creditsSpeakers([
    [
      'es',
      para(
        'Las organizaciones agrarias piden más vigilancia.',
        '«Pedimos a Interior que refuerce las patrullas», reclamaron en un comunicado conjunto Asaja y COAG Jaén.',
      ),
      ['Asaja y COAG Jaén'],
    ],
  ]);
});

describe('a body whose compound noun ends on a title', () => {
  // "Procuradoria-Geral" is a body, not a general.
  creditsSpeakers([
    [
      'pt',
      para(
        'Os vereadores Carla Meneses e João Pedro de Brito pediram uma auditoria.',
        'O Ministério Público recebeu uma cópia do relatório. «O processo será analisado», indicou a Procuradoria-Geral da República, em resposta escrita.',
      ),
      ['Procuradoria-Geral da República'],
    ],
  ]);
});

describe("a statement by the company an article's sentence opens on", () => {
  creditsSpeakers([
    [
      'en',
      para(
        'The Environment Agency said the spill had lasted for 19 hours. "Alarms went off repeatedly and were ignored," the agency said.',
        'Westmere Water apologised. "We are deeply sorry for the harm caused," a spokeswoman for the company said.',
      ),
      ['Environment Agency', 'Westmere Water'],
    ],
  ]);
});

describe("a report's authors for the body named in lowercase words", () => {
  // "les magistrats" wrote the report of "la chambre régionale des comptes d'Occitanie".
  creditsSpeakers([
    [
      'fr',
      para(
        "Dans un rapport publié mardi, la chambre régionale des comptes d'Occitanie dresse un constat sévère de la gestion du port.",
        "« La commune n'a jamais disposé d'une vision claire des investissements », écrivent les magistrats.",
      ),
      ["chambre régionale des comptes d'Occitanie"],
    ],
  ]);
});

describe("a court's judges for the court named", () => {
  // "les juges" who ruled speak for the court the article named, as its ruling would.
  creditsSpeakers([
    [
      'fr',
      para(
        "Le tribunal administratif de Lyon a suspendu l'arrêté du maire.",
        "« L'urgence est caractérisée et le doute sérieux sur la légalité de l'arrêté », ont estimé les juges. Le maire, Paul Girard, a annoncé faire appel.",
      ),
      ['tribunal administratif de Lyon'],
    ],
  ]);
});

describe('a body of no kind named by the noun, opening the sentence before', () => {
  // "the agency" means the Met Office the sentence before opens on, not the bare noun.
  creditsSpeakers([
    [
      'en',
      para(
        'The Met Office issued a yellow warning for wind on Monday.',
        '"Gusts of 70mph are possible on exposed coasts," the agency said. Farmer John Price said he had moved his sheep.',
      ),
      ['Met Office'],
    ],
  ]);
});
