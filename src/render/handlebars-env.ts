import Handlebars from 'handlebars';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';
import { assetFile, listAssets, readAssetFile, type AssetDirs } from './assets.js';
import { checkedTemplate, inlinePartialsOf, partialCallsOf } from './checked-template.js';
import { flagLetters } from './flag-letters.js';
import { keepUsedFaces } from './used-faces.js';
import { loopGuarded, type PartialCalls } from './partial-loops.js';
import { directionOf, type Labels } from '../model/labels.js';
import { runningHead } from './running-head.js';
import { counterCss, digitCounterStyle } from './page-digits.js';
import { inDigits, pageRef, partLabel, questionLabel, quizLabel } from '../model/question-label.js';

/** Level marks that survive grayscale printing: a word plus a filled-dot scale. */
export const LEVEL_MARKS: Record<string, string> = { easy: '●○○', medium: '●●○', hard: '●●●' };

/** Environments made (createTemplateEnv), by a digest of the template folders and every partial's text. */
const envs = new Map<string, typeof Handlebars>();

/** Environments and layouts kept: a watch run makes new ones on each save of a theme's template; the last few are reused. */
const KEPT = 8;

/**
 * A Handlebars instance with our partials and the few helpers the layouts need. Made once per
 * set of partials' texts and reused: each renderer (every output of every deck) made its own, and
 * compiled every partial again in it (a third of a second of a bundled build). Keyed by the
 * files' text, read each time, so an edited template (watch) makes a new one.
 */
export function createTemplateEnv(dirs: AssetDirs): typeof Handlebars {
  const partials = listAssets(dirs.templates, 'partials', '.hbs').map((name) => readTemplate(dirs, path.join('partials', name)));
  const key = createHash('sha1')
    .update(JSON.stringify([dirs.templates, partials]))
    .digest('hex');
  const made = envs.get(key);
  if (made) return made;
  const hb = makeEnv(partials);
  envs.set(key, hb);
  keepLast(envs);
  return hb;
}

/** Drops the oldest entries of a cache past KEPT (a Map iterates in the order of insertion). */
function keepLast<K, V>(cache: Map<K, V>): void {
  for (const oldest of cache.keys()) {
    if (cache.size <= KEPT) return;
    cache.delete(oldest);
  }
}

/** A new Handlebars instance with our helpers and these partials, each checked against them. */
function makeEnv(partials: TemplateFile[]): typeof Handlebars {
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
  // A contents entry's last two words tied (a no-break space between them, outside any tag): its
  // first line is filled as prose is, and the tie keeps one word from standing alone on its second.
  hb.registerHelper('tiedEnd', (html: unknown) => new hb.SafeString(String(html ?? '').replace(/ (?=[^ <>]*(?:<[^>]*>[^ <>]*)*$)/, '\u00a0')));
  // A tag as printed: `#word`; a tag that is only a mark (the ⭐ a bank sets on its must-know
  // questions) prints as that mark, which a reader knows, and not as `#⭐`, at the size of text
  // (a 7.5pt muted star was easy to miss). ⭐ is "white medium star": the print faces draw it
  // hollow, as a rating's empty star, so it prints as the filled ★.
  hb.registerHelper('tagText', (tag: unknown) => {
    const text = hb.escapeExpression(String(tag));
    if (/[\p{L}\p{N}]/u.test(text)) return new hb.SafeString(`#${text}`); // escaped once, above
    return new hb.SafeString(`<span class="tag-mark">${text.replace(/[⭐🌟]\uFE0F?/gu, '★')}</span>`);
  });
  hb.registerHelper('join', (list: unknown, sep: unknown) => (Array.isArray(list) ? list.join(typeof sep === 'string' ? sep : ', ') : ''));
  // Text placed inside a CSS string literal (running heads): quotes, backslashes and newlines escaped.
  const cssString = (text: string) => new hb.SafeString(JSON.stringify(text).replace(/</g, '\\3C '));
  hb.registerHelper('cssString', (text: unknown) => cssString(String(text ?? '')));
  // A title on the top line of every page, short enough to stay on one line.
  hb.registerHelper('runningHead', (text: unknown) => cssString(runningHead(String(text ?? ''))));
  // Partials last, so each is checked against every helper (render/checked-template.ts).
  const names = new Set(partials.map((p) => partialName(p.file)));
  // Registered compiled from the check's parse (Handlebars compiles it at its first use), not as
  // text, which Handlebars parsed again.
  const calls = new Map<string, PartialCalls>();
  for (const p of partials) {
    const made = compiledIn(hb, p, names);
    calls.set(partialName(p.file), { file: p.file, calls: made.calls });
    hb.registerPartial(partialName(p.file), made.template);
  }
  partialCalls.set(hb, calls);
  return hb;
}

/** How every layout and partial is compiled. */
const COMPILE: CompileOptions = { strict: false, noEscape: false };

/** The partials each environment holds, with the partials they call: a loop among them is named (partial-loops.ts). */
const partialCalls = new WeakMap<typeof Handlebars, Map<string, PartialCalls>>();

/** Layouts compiled in each environment, by their file and text. */
const layouts = new WeakMap<typeof Handlebars, Map<string, HandlebarsTemplateDelegate>>();

/** Compiles a layout from the template folders; the same text in the same environment is compiled once. */
export function compileTemplate(hb: typeof Handlebars, dirs: AssetDirs, name: string): HandlebarsTemplateDelegate {
  const layout = readTemplate(dirs, name);
  const key = `${layout.file}\0${layout.text}`;
  let compiled = layouts.get(hb);
  if (!compiled) layouts.set(hb, (compiled = new Map()));
  const made = compiled.get(key);
  if (made) return made;
  const fresh = compiledIn(hb, layout, new Set(Object.keys(hb.partials)));
  const guarded = loopGuarded(fresh.template, { file: layout.file, calls: fresh.calls }, partialCalls.get(hb) ?? new Map());
  // Each page keeps the rules of the installed CJK faces' slices it sets a character with (used-faces.ts),
  // its flags written as their letters first (flag-letters.ts): the written page, the preview and the PDF alike.
  const template: HandlebarsTemplateDelegate = (context, options) => keepUsedFaces(flagLetters(guarded(context, options)));
  compiled.set(key, template);
  keepLast(compiled);
  return template;
}

/**
 * A template compiled in `hb`, with the partials it calls: one of ours as the bundle holds it
 * precompiled (PRECOMPILED), else checked (checked-template.ts) and compiled. Compiling took
 * about a tenth of a second of each build; the same text gives the same template either way.
 */
function compiledIn(hb: typeof Handlebars, file: TemplateFile, partials: ReadonlySet<string>): { template: HandlebarsTemplateDelegate; calls: PartialCall[] } {
  const ready = precompiledTemplates()?.get(textDigest(file.text));
  // Checked when precompiled, against our partials: a theme that has not one of those it calls (none can take ours away) is told so.
  if (ready && ready.partials.every((name) => partials.has(name))) {
    const spec = runInThisContext(`(${ready.spec})`, { filename: file.file }) as TemplateSpecification;
    return { template: hb.template(spec), calls: ready.calls };
  }
  const ast = checked(hb, file, partials);
  return { template: hb.compile(ast, COMPILE), calls: partialCallsOf(ast) };
}

type PartialCall = PartialCalls['calls'][number];

/** A template compiled ahead (precompileTemplates): Handlebars' code for it, the partials it calls, and those not defined inline. */
export interface PrecompiledTemplate {
  spec: string;
  calls: PartialCall[];
  partials: string[];
}

/** The file scripts/bundle.mjs writes beside the bundle; read from the module's own folder, so the unbundled dist/ and the tests compile as they go. */
export const PRECOMPILED = 'templates-precompiled.json';

const textDigest = (text: string) => createHash('sha1').update(text).digest('hex');

let precompiled: Map<string, PrecompiledTemplate> | null | undefined;

/** The precompiled templates beside this module, by the digest of their text; null without any, or made by another Handlebars. */
function precompiledTemplates(): Map<string, PrecompiledTemplate> | null {
  if (precompiled !== undefined) return precompiled;
  try {
    const data = JSON.parse(readFileSync(new URL(PRECOMPILED, import.meta.url), 'utf8')) as {
      handlebars: string;
      templates: Record<string, PrecompiledTemplate>;
    };
    precompiled = data.handlebars === Handlebars.VERSION ? new Map(Object.entries(data.templates)) : null;
  } catch {
    precompiled = null;
  }
  return precompiled;
}

/**
 * Our own layouts and partials (those in `dirs`) compiled ahead, by the digest of their text, for
 * scripts/bundle.mjs: each checked as a build checks it, against our helpers and partials.
 */
export function precompileTemplates(dirs: AssetDirs): { handlebars: string; templates: Record<string, PrecompiledTemplate> } {
  const hb = createTemplateEnv(dirs);
  const names = new Set(Object.keys(hb.partials));
  const files = [...listAssets(dirs.templates, '', '.hbs'), ...listAssets(dirs.templates, 'partials', '.hbs').map((name) => path.join('partials', name))].map(
    (name) => readTemplate(dirs, name),
  );
  const templates: Record<string, PrecompiledTemplate> = {};
  for (const file of files) {
    const ast = checked(hb, file, names);
    const calls = partialCallsOf(ast);
    const inline = new Set(inlinePartialsOf(ast));
    templates[textDigest(file.text)] = {
      spec: hb.precompile(ast, COMPILE) as string,
      calls,
      partials: [...new Set(calls.map((c) => c.name).filter((n) => !inline.has(n)))],
    };
  }
  return { handlebars: Handlebars.VERSION, templates };
}

/** A template file and its text. */
interface TemplateFile {
  file: string;
  text: string;
}

/** A template's text from the first folder that has it. */
function readTemplate(dirs: AssetDirs, name: string): TemplateFile {
  const file = assetFile(dirs.templates, name);
  return { file, text: readAssetFile(file) };
}

/** A partial's name: its file's, without the extension. */
const partialName = (file: string) => path.basename(file, '.hbs');

/** A template's parse, checked against the partials and helpers there are (render/checked-template.ts). */
function checked(hb: typeof Handlebars, { file, text }: TemplateFile, partials: ReadonlySet<string>): hbs.AST.Program {
  const helpers = new Set(Object.keys(hb.helpers).filter((h) => h !== 'helperMissing' && h !== 'blockHelperMissing'));
  return checkedTemplate(text, file, { partials, helpers });
}
