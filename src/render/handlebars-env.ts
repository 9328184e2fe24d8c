import Handlebars from 'handlebars';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { assetFile, listAssets, type AssetDirs } from './assets.js';
import { checkedTemplate } from './checked-template.js';
import { directionOf, type Labels } from '../model/labels.js';
import { runningHead } from './running-head.js';
import { counterCss, digitCounterStyle } from './page-digits.js';
import { inDigits, pageRef, partLabel, questionLabel, quizLabel } from '../model/question-label.js';

/** Level marks that survive grayscale printing: a word plus a filled-dot scale. */
export const LEVEL_MARKS: Record<string, string> = { easy: '●○○', medium: '●●○', hard: '●●●' };

/** A Handlebars instance with our partials and the few helpers the layouts need. */
export function createTemplateEnv(dirs: AssetDirs): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('levelMark', (level: string) => LEVEL_MARKS[level] ?? '');
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // A question from a deck in another language than the printed one (--combine): its direction.
  hb.registerHelper('dirOf', (lang: unknown) => directionOf(String(lang ?? '')));
  // A label in the language of the question being printed: its own labels (a part in another
  // language of a combined guide), else the document's.
  const labelsHere = (context: unknown, options: Handlebars.HelperOptions): Labels =>
    (context as { labels?: Labels } | undefined)?.labels ?? (options.data as { root: { labels: Labels } }).root.labels;
  hb.registerHelper('labelHere', function (this: unknown, key: keyof Labels, options: Handlebars.HelperOptions) {
    return labelsHere(this, options)[key];
  });
  hb.registerHelper('levelHere', function (this: unknown, level: string, options: Handlebars.HelperOptions) {
    return (labelsHere(this, options).levels as Record<string, string>)[level] ?? level;
  });
  // A question's number as its language labels it ("Q12", "問12", "س١٢"); a quiz item's ("12.").
  hb.registerHelper('qnum', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
    return questionLabel(labelsHere(this, options), n);
  });
  hb.registerHelper('quiznum', function (this: unknown, n: number, options: Handlebars.HelperOptions) {
    return quizLabel(labelsHere(this, options), n);
  });
  // Any other number printed beside the text (the cover's counts and date), in the same digits.
  hb.registerHelper('num', function (this: unknown, n: number | string, options: Handlebars.HelperOptions) {
    return inDigits(n, labelsHere(this, options).digits);
  });
  // A page number the document prints (contents, "full answer: p. 3"), in the digits of the
  // document's labels: the same digits as its running footer, whatever part it sits in.
  const rootDigits = (options: Handlebars.HelperOptions) => (options.data as { root: { labels?: Labels } }).root.labels?.digits ?? '';
  hb.registerHelper('pnum', (n: unknown, options: Handlebars.HelperOptions) => (n === '' || n == null ? '' : inDigits(Number(n), rootDigits(options))));
  // A part's label in the document's language and order ("Part 2", "2. rész", "第2部分").
  const rootLabels = (options: Handlebars.HelperOptions) => (options.data as { root: { labels: Labels } }).root.labels;
  hb.registerHelper('partLabel', (n: number, options: Handlebars.HelperOptions) => partLabel(rootLabels(options), n));
  // A short page reference in the language of the question printed ("p. 3", "3. o."), its number in the document's digits.
  hb.registerHelper('pageRef', function (this: unknown, n: unknown, options: Handlebars.HelperOptions) {
    return pageRef(labelsHere(this, options), Number(n), rootDigits(options));
  });
  // The CSS that prints a page counter (`counter(page)`, `counter(pages)`) in those digits
  // (render/page-digits.ts; the head declares its counter style).
  hb.registerHelper('counterOf', (name: string, options: Handlebars.HelperOptions) => new hb.SafeString(counterCss(name, rootDigits(options))));
  hb.registerHelper('digitStyle', (options: Handlebars.HelperOptions) => new hb.SafeString(digitCounterStyle(rootDigits(options))));
  // Inline HTML set inside a link of ours (a contents entry): its own links unwrapped, their words
  // kept, since a link inside a link is no HTML and a browser breaks the entry apart at the inner one.
  hb.registerHelper('unlinked', (html: unknown) => new hb.SafeString(String(html ?? '').replace(/<a\b(?:[^>"']|"[^"]*"|'[^']*')*>|<\/a>/g, '')));
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  // Text placed inside a CSS string literal (running heads): quotes, backslashes and newlines escaped.
  const cssString = (text: string) => new hb.SafeString(JSON.stringify(text).replace(/</g, '\\3C '));
  hb.registerHelper('cssString', (text: unknown) => cssString(String(text ?? '')));
  // A title on the top line of every page, short enough to stay on one line.
  hb.registerHelper('runningHead', (text: unknown) => cssString(runningHead(String(text ?? ''))));
  // Partials last, so each is checked against every helper (render/checked-template.ts).
  const names = listAssets(dirs.templates, 'partials', '.hbs');
  const partials = new Set(names.map((name) => name.replace(/\.hbs$/, '')));
  for (const name of names) hb.registerPartial(name.replace(/\.hbs$/, ''), readTemplate(hb, dirs, path.join('partials', name), partials));
  return hb;
}

/** Compiles a layout from the template folders. */
export function compileTemplate(hb: typeof Handlebars, dirs: AssetDirs, name: string): HandlebarsTemplateDelegate {
  return hb.compile(readTemplate(hb, dirs, name, new Set(Object.keys(hb.partials))), { strict: false, noEscape: false });
}

/** A template's text from the first folder that has it, checked where it is read against the partials and helpers there are (render/checked-template.ts). */
function readTemplate(hb: typeof Handlebars, dirs: AssetDirs, name: string, partials: ReadonlySet<string>): string {
  const file = assetFile(dirs.templates, name);
  const helpers = new Set(Object.keys(hb.helpers).filter((h) => h !== 'helperMissing' && h !== 'blockHelperMissing'));
  return checkedTemplate(readFileSync(file, 'utf8'), file, { partials, helpers });
}
