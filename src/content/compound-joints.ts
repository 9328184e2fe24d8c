/**
 * German compounds in a narrow column ("Datenübertragungsvolumen" heading a table's column) broke
 * wherever the width ran out between syllables: "Daten-|übertra-|gungsvo-|lumen". A typesetter
 * breaks them between the words they are made of: "Daten-|übertragungs-|volumen". Without a
 * dictionary the joints are guessed from the syllables the hyphenation patterns give:
 *
 * - a syllable that starts with a vowel after one ending in a consonant (German splits V-CV, so
 *   that boundary is nearly always a joint: Daten|übertragung, Konflikt|erkennung);
 * - after a linking s of a noun ending (-ungs, -ions, -heits, -keits, -täts, -schafts, -lings);
 * - before the verb prefixes ver-, vor-, zer-, nach- (Zeitstempel|vergleich, Kamera|vorschau),
 *   and before a syllable that is the prefix be- alone (Konflikt|behandlung, Zugriffs|berechtigung).
 *
 * A guess that leaves a piece of under three letters is dropped ("oberflächen|in|itialisierung").
 */
const VOWEL_START = /^[aeiouäöü]/i;
const CONSONANT_END = /[b-df-hj-np-tv-zß]$/i;
const LINKING_S = /(?:ung|ion|heit|keit|tät|schaft|ling)s$/i;
const PREFIX = /^(?:ver|vor|zer|nach)/i;
const PREFIX_SYLLABLE = /^be$/i;
const SHORTEST_PIECE = 3;

/** A piece this long or longer keeps its syllable breaks too: whole, it could widen its column past the page. */
const LONGEST_WHOLE_PIECE = 20;

/** Languages whose compounds are written as one word and broken at their joints. */
const COMPOUNDING = new Set(['de']);

/** Whether the deck's language (`de`, `de-CH`, …) writes compounds as one word. */
export const joinsCompounds = (lang: string): boolean => COMPOUNDING.has(lang.toLowerCase().split(/[-_]/)[0]);

/**
 * The syllables of one word (`parts`, as the hyphenation patterns split it) grouped at its likely
 * joints: the breaks a narrow column may use. A word with no joint found keeps every syllable
 * break; a piece of `longestWhole` letters or more keeps those inside it too.
 */
export function jointBreaks(parts: string[], longestWhole = LONGEST_WHOLE_PIECE): string[] {
  const joints = jointsOf(parts);
  if (!joints.length) return parts;
  // Pieces of the word between joints; a short one joins the piece after it (the last, the one before).
  const bounds = [0, ...joints, parts.length];
  let groups = bounds.slice(0, -1).map((start, k) => parts.slice(start, bounds[k + 1]));
  const letters = (g: string[]) => g.join('').length;
  for (let k = 0; k < groups.length; k++) {
    if (groups.length < 2 || letters(groups[k]) >= SHORTEST_PIECE) continue;
    const into = k + 1 < groups.length ? k + 1 : k - 1;
    const merged = into > k ? [...groups[k], ...groups[into]] : [...groups[into], ...groups[k]];
    groups = groups.flatMap((g, j) => (j === k ? [] : j === into ? [merged] : [g]));
    k = -1;
  }
  return groups.map((g) => (letters(g) >= longestWhole ? g.join('\u00ad') : g.join('')));
}

/** Indexes of the syllables (`parts`) a likely joint falls before. */
function jointsOf(parts: string[]): number[] {
  const joints: number[] = [];
  let sofar = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    const next = parts[i];
    const prefix = PREFIX.test(next) || (PREFIX_SYLLABLE.test(next) && i < parts.length - 1);
    if ((VOWEL_START.test(next) && CONSONANT_END.test(sofar)) || LINKING_S.test(sofar) || prefix) joints.push(i);
    sofar += next;
  }
  return joints.filter((i) => parts.slice(0, i).join('').length >= SHORTEST_PIECE && parts.slice(i).join('').length >= SHORTEST_PIECE);
}

/** Letters a prose break carries over at least when the word has a joint to break at instead. */
const TAIL_MIN_LETTERS = 5;

/** In prose, a piece of a compound this long or longer keeps its syllable breaks: whole, it would leave its line short. */
const PROSE_WHOLE_PIECE = 16;

/**
 * The syllables of a word in prose regrouped at its joints when it has one ("Fehlerbe-|handlung",
 * "Konfliktbehand-|lung" → "Fehler-|behandlung", "Konflikt-|behandlung"): a reader takes a compound
 * in at its joints. A piece of PROSE_WHOLE_PIECE letters or more keeps its syllable breaks, the last
 * piece none that carries fewer than TAIL_MIN_LETTERS letters over (a stub). A word with no joint keeps them all.
 */
export function preferJoints(parts: string[]): string[] {
  if (!jointsOf(parts).length) return parts;
  const groups = jointBreaks(parts, PROSE_WHOLE_PIECE);
  // The last piece's syllables only: a joint near the end ("Zeitüberschreitungs-|fall") stays.
  const last = groups[groups.length - 1].split('\u00ad');
  while (last.length > 1 && last[last.length - 1].length < TAIL_MIN_LETTERS) last.splice(-2, 2, last[last.length - 2] + last[last.length - 1]);
  return [...groups.slice(0, -1), ...last].join('\u00ad').split('\u00ad');
}
