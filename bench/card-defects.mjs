// Heuristics that flag a derived card answer a person could not study from. Used by
// bench/card-derivation.mjs (prints every card and the rate) and by the unit tests.

/** Longest derived card, in characters, before it counts as too long for a card. */
export const MAX_CARD_CHARS = 320;

const ABBREVIATION_END = /(?:^|[\s(])(?:e\.g|i\.e|vs|etc|cf|approx|incl|resp|esp|viz|Dr|Mr|Mrs|No|Fig|[A-Za-z])\.$/;

/**
 * The defect classes of one derived card: `empty`, `lead-in-alone`, `heading-alone`, `image-alt`, `unbalanced`, `mid-word`, `glued`,
 * `abbreviation-split`, `number-split`, `too-long`, `code-flattened`, `list-skipped`,
 * `punctuation`. `source` is the question's markdown below its heading.
 */
export function cardDefects({ cardText, cardHtml, source }) {
  const defects = [];
  const body = source.replace(/^```[\s\S]*?^```/gm, '');
  const prose = decode(cardHtml.replace(/<pre[\s\S]*?<\/pre>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
  const flat = (s) => s.replace(/\s+/g, ' ');
  if (!cardText.trim()) defects.push('empty');
  else {
    const last = cardText.trim();
    if (!cardHtml.includes('<pre') && /(?:[:,;]|\b(?:following|below|as follows|these))$/i.test(last)) defects.push('lead-in-alone');
  }
  const cut = /([\p{L}\p{N}_'’-]+)\s*…(?:$|\s|\n)/u.exec(cardText);
  if (cut && !new RegExp(`(^|[^\\p{L}\\p{N}_])${escape(cut[1])}($|[^\\p{L}\\p{N}_])`, 'u').test(flat(source))) defects.push('mid-word');
  for (const m of cardText.matchAll(/[\p{L}\p{N}_)]+(?:\p{Ll}\p{Lu}|[.;:!?,]\p{L})[\p{L}\p{N}_]*/gu)) {
    // Words glued at a join: the pair never appears like that in the source.
    if (!source.includes(m[0])) {
      defects.push('glued');
      break;
    }
  }
  const end = prose.replace(/[…\s]+$/, '');
  if (ABBREVIATION_END.test(end)) {
    // Split there when the source goes on in lower case or with a number ("e.g. 5", "etc. and").
    const at = flat(source.replace(/[`*_]/g, '')).indexOf(end.slice(-20));
    const after =
      at >= 0
        ? flat(source.replace(/[`*_]/g, ''))
            .slice(at + end.slice(-20).length)
            .trimStart()
        : '';
    if (!after || /^[\p{Ll}\d(]/u.test(after) || /(?:e\.g|i\.e|vs|cf)\.$/.test(end)) defects.push('abbreviation-split');
  }
  const num = /(\d+)\.$/.exec(end);
  if (num && new RegExp(`${escape(end.slice(-12))}\\d`).test(flat(body))) defects.push('number-split');
  if (cardText.length > MAX_CARD_CHARS) defects.push('too-long');
  const fence = /^```[^\n]*\n([\s\S]*?)^```/m.exec(source);
  if (fence && !cardHtml.includes('<pre')) {
    const lines = fence[1]
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 6);
    if (lines.length >= 2 && cardText.includes(lines[0]) && cardText.includes(lines[1])) defects.push('code-flattened');
  }
  const lead = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/m.exec(source.trimStart().split('\n')[0] ?? '');
  // `- Answer` with the answer indented under it is a toggle, not a list: its label is not content.
  const toggle = lead && /^\W*(?:ans|answer|ответ|відповідь|respuesta|antwort|réponse|答案|回答|解答|答)\W*$/iu.test(lead[1]);
  // A list giving a short version beside longer ones (`- **TL;DR:** …`): the card is that item.
  const shortItem =
    /^\s*(?:[-*+]|\d+[.)])\s+\*\*(?:(?:a|ans|answer)\s*\((?:short|brief|simple|quick|concise)\)|(?:short|brief|simple|quick|concise)\s+(?:answer|version)|tl;?\s?dr|in short)\s*[:：]?\*\*/im.test(
      source,
    );
  if (lead && !toggle && !shortItem) {
    const words = lead[1]
      .replace(/[`*_[\]]/g, '')
      .split(/\s+/)
      .slice(0, 3)
      .join(' ');
    if (!flat(cardText).includes(words)) defects.push('list-skipped');
  }
  if (/[.:;,]\s*[;.,]|[?!]\.|\s[;,.](?:\s|$)/.test(prose.replace(/\.{3,}|…/g, ''))) defects.push('punctuation');
  const opens = (prose.match(/[([{]/g) ?? []).length;
  const closes = (prose.match(/[)\]}]/g) ?? []).length;
  if (/[([{]$/.test(end) || (opens > closes && !cardText.endsWith('…'))) defects.push('unbalanced');
  const headings = [...source.matchAll(/^#{1,6}\s+(.*)$/gm)].map((m) => m[1].trim());
  if (headings.includes(cardText.trim().replace(/:$/, ''))) defects.push('heading-alone');
  const alts = [...source.matchAll(/!\[([^\]]+)\]/g)].map((m) => m[1].trim());
  if (alts.includes(cardText.trim())) defects.push('image-alt');
  return defects;
}

function decode(html) {
  return html
    .replace(/&#(\d+);/g, (_m, n) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
