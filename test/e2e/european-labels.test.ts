import { beforeAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fillLabel, labelsFor } from '../../src/model/labels.js';
import type { BuildEvent } from '../../src/model/build-options.js';
import { buildWith, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// Builds in this process parse their decks here, not on a thread each.
parseInPlace();

/**
 * A Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Bulgarian, Slovak or Catalan deck
 * prints its labels in its own language: each printed "Contents", "In short:", "Q1", "page 1 of 2",
 * "easy" and "Answer key" around its own words, with a warning that there were no labels for it.
 */
type Deck = { title: string; easy: string; hard: string; questions: [string, string, string][] };

const DECKS: Record<string, Deck> = {
  sv: {
    title: 'Frågor om nätverk',
    easy: 'Grunder',
    hard: 'Fördjupning',
    questions: [
      ['Vad är en IP-adress?', 'Ett nummer som pekar ut en dator i nätet.', 'Version fyra använder trettiotvå bitar och version sex använder fler.'],
      ['Hur fungerar DNS?', 'Den översätter namn till adresser.', 'En resolver frågar rotservrar och sparar svaret en stund.'],
    ],
  },
  da: {
    title: 'Spørgsmål om netværk',
    easy: 'Grundlag',
    hard: 'Fordybelse',
    questions: [
      ['Hvad er en IP-adresse?', 'Et tal der udpeger en maskine på nettet.', 'Version fire bruger toogtredive bit, og version seks bruger flere.'],
      ['Hvordan virker DNS?', 'Den oversætter navne til adresser.', 'En resolver spørger rodserverne og gemmer svaret et stykke tid.'],
    ],
  },
  nb: {
    title: 'Spørsmål om nettverk',
    easy: 'Grunnlag',
    hard: 'Fordypning',
    questions: [
      ['Hva er en IP-adresse?', 'Et tall som peker ut en maskin på nettet.', 'Versjon fire bruker trettito biter, og versjon seks bruker flere.'],
      ['Hvordan virker DNS?', 'Den oversetter navn til adresser.', 'En resolver spør rotserverne og tar vare på svaret en stund.'],
    ],
  },
  fi: {
    title: 'Kysymyksiä verkoista',
    easy: 'Perusteet',
    hard: 'Syventävät',
    questions: [
      ['Mikä on IP-osoite?', 'Numero, joka yksilöi laitteen verkossa.', 'Versio neljä käyttää kolmeakymmentäkahta bittiä ja versio kuusi useampaa.'],
      ['Miten DNS toimii?', 'Se muuttaa nimet osoitteiksi.', 'Selvittäjä kysyy juuripalvelimilta ja säilyttää vastauksen hetken.'],
    ],
  },
  hu: {
    title: 'Kérdések a hálózatokról',
    easy: 'Alapok',
    hard: 'Elmélyülés',
    questions: [
      ['Mi az IP-cím?', 'Egy szám, amely azonosít egy gépet a hálózaton.', 'A negyedik változat harminckét bitet használ, a hatodik többet.'],
      ['Hogyan működik a DNS?', 'Neveket fordít címekre.', 'A feloldó a gyökérkiszolgálókat kérdezi, és egy ideig megőrzi a választ.'],
    ],
  },
  ro: {
    title: 'Întrebări despre rețele',
    easy: 'Noțiuni de bază',
    hard: 'Aprofundare',
    questions: [
      [
        'Ce este o adresă IP?',
        'Un număr care identifică un calculator în rețea.',
        'Versiunea patru folosește treizeci și doi de biți, iar versiunea șase mai mulți.',
      ],
      ['Cum funcționează DNS?', 'Traduce nume în adrese.', 'Un resolver întreabă serverele rădăcină și păstrează răspunsul o vreme.'],
    ],
  },
  bg: {
    title: 'Въпроси за мрежите',
    easy: 'Основи',
    hard: 'Задълбочаване',
    questions: [
      ['Какво е IP адрес?', 'Число, което определя машина в мрежата.', 'Версия четири използва тридесет и два бита, а версия шест повече.'],
      ['Как работи DNS?', 'Превежда имена в адреси.', 'Резолверът пита кореновите сървъри и пази отговора известно време.'],
    ],
  },
  sk: {
    title: 'Otázky o sieťach',
    easy: 'Základy',
    hard: 'Prehĺbenie',
    questions: [
      ['Čo je IP adresa?', 'Číslo, ktoré určuje počítač v sieti.', 'Verzia štyri používa tridsaťdva bitov a verzia šesť viac.'],
      ['Ako funguje DNS?', 'Prekladá mená na adresy.', 'Resolver sa pýta koreňových serverov a odpoveď si chvíľu pamätá.'],
    ],
  },
  ca: {
    title: 'Preguntes sobre xarxes',
    easy: 'Fonaments',
    hard: 'Aprofundiment',
    questions: [
      ['Què és una adreça IP?', 'Un nombre que identifica una màquina a la xarxa.', 'La versió quatre fa servir trenta-dos bits i la versió sis, més.'],
      ['Com funciona el DNS?', 'Tradueix noms en adreces.', 'Un resolutor pregunta als servidors arrel i guarda la resposta una estona.'],
    ],
  },
};

const markdown = (lang: string, d: Deck) =>
  [
    '---',
    `lang: ${lang}`,
    '---',
    `# ${d.title}`,
    '',
    ...[d.easy, d.hard].flatMap((section, i) => {
      const [q, card, answer] = d.questions[i];
      return [`## ${section}`, '', `Level: ${i ? 'hard' : 'easy'}`, '', `### ${q}`, '', `> ${card}`, '', answer, ''];
    }),
  ].join('\n');

const OUTPUTS = ['guide', 'quiz', 'cards', 'cheatsheet'];
let out = '';
let events: BuildEvent[] = [];
const text = (lang: string, output: string) => pdfText(path.join(out, lang, `${output}.pdf`));
/**
 * Whether a PDF's text holds a label, compared without spaces (pdftotext drops a narrow one, "№1",
 * "2/2") and without regard to case (badges print in capitals).
 */
const bare = (text: string) => text.replace(/\s+/g, '').toLowerCase();
const has = (haystack: string, label: string) => bare(haystack).includes(bare(label));

beforeAll(async () => {
  const dir = await tempDir('eulabels-');
  out = path.join(dir, 'out');
  for (const [lang, d] of Object.entries(DECKS)) await writeFile(path.join(dir, `${lang}.md`), markdown(lang, d));
  const built = await buildWith({ paths: Object.keys(DECKS).map((l) => path.join(dir, `${l}.md`)), outDir: out, outputs: OUTPUTS });
  expect(built.result.failed).toEqual([]);
  events = built.events;
}, 400_000);

/** English words that must not be left in a translated deck's PDFs. */
const ENGLISH = /\b(Study guide|Contents|In short|Answer key|full answer|Easy|Medium|Hard|Name|Date)\b|\bQ\s?\d|\bpage \d+ of \d+/i;

describe('labels in Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Bulgarian, Slovak and Catalan', () => {
  it.each(Object.keys(DECKS))('%s: no warning that its labels are English', (lang) => {
    const said = events.flatMap((e) => (e.type === 'warning' && e.diagnostic.file.endsWith(`${lang}.md`) ? [e.diagnostic.message] : []));
    expect(said.filter((m) => /English|labels/i.test(m))).toEqual([]);
  });

  it.each(Object.keys(DECKS))('%s: guide, quiz, cards and cheat sheet print its own labels and no English one', (lang) => {
    const l = labelsFor(lang);
    expect(l.contents, 'a label of its own').not.toBe(labelsFor('en').contents);
    const guide = text(lang, 'guide');
    for (const label of [l.contents, l.inShort, fillLabel(l.questionNumber, { n: 2 }), l.levels.easy, l.levels.hard])
      expect(has(guide, label), `guide: ${label}`).toBe(true);
    expect(has(guide, `${l.pagePrefix}2${l.pageOf}`), 'page 2 of').toBe(true);
    const quiz = text(lang, 'quiz');
    for (const label of [l.answerKey, l.name, l.date]) expect(has(quiz, label), `quiz: ${label}`).toBe(true);
    expect(has(text(lang, 'cards'), fillLabel(l.questionNumber, { n: 1 })), 'cards').toBe(true);
    expect(has(text(lang, 'cheatsheet'), fillLabel(l.questionNumber, { n: 2 })), 'cheat sheet').toBe(true);
    for (const output of OUTPUTS) expect(text(lang, output), `${lang} ${output}`).not.toMatch(ENGLISH);
  });
});
