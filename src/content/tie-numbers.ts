import type { Root, Text } from 'mdast';
import { visit } from './visit-tree.js';
import { escapeRegExp } from '../model/escape-reg-exp.js';

/**
 * Units, and the counting words that act as units, that a number is tied to: a line never ends
 * on "10" with "GB" opening the next one. Case matters (`MB`, `ms`); a unit ends where no letter
 * or digit follows, so `MB/s`, `GB,` and `ms)` are matched by their unit.
 */
const UNITS = [
  // data
  'B', 'kB', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB',
  'bit', 'bits', 'kbit', 'Mbit', 'Gbit', 'Tbit', 'kbps', 'Kbps', 'Mbps', 'Gbps',
  'byte', 'bytes', 'Byte', 'Bytes', 'octets',
  // time
  'ns', 'µs', 'μs', 'us', 'ms', 's', 'sec', 'min', 'h', 'hr', 'hrs', 'd',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'Sekunde', 'Sekunden', 'Minute', 'Minuten', 'Stunde', 'Stunden', 'Tag', 'Tage', 'Tagen', 'Woche', 'Wochen', 'Monat', 'Monate', 'Monaten', 'Jahr', 'Jahre', 'Jahren',
  'seconde', 'secondes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans',
  'segundo', 'segundos', 'minuto', 'minutos', 'hora', 'horas', 'día', 'días',
  // rates, frequency, power, length, mass, temperature, money
  'rps', 'qps', 'tps', 'TPS', 'IOPS', 'req/s', 'ops/s', 'rpm', 'Hz', 'kHz', 'MHz', 'GHz',
  'W', 'kW', 'MW', 'V', 'mA', 'nm', 'mm', 'cm', 'm', 'km', 'kg', 'px', 'pt', 'em', 'dpi',
  '%', '‰', '°C', '°F', '°', '€', '£',
  // counts
  'vCPU', 'vCPUs', 'CPU', 'CPUs', 'cores', 'thousand', 'million', 'millions', 'billion', 'billions', 'trillion',
  'Tausend', 'Million', 'Millionen', 'Milliarde', 'Milliarden', 'Mio.', 'Mrd.', 'mille', 'milliard', 'milliards', 'mil', 'millón', 'millones',
];

/** Longest first, so `MB` is not taken for `M` and `ms` not for `m`. */
const UNIT = [...UNITS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

/** A number (`10`, `0,5`, `2.5`, `1 095` once grouped) and the spaces before its unit. */
const NUMBER_UNIT = new RegExp(`(?<![\\p{L}\\p{N}_])(\\d+(?:[.,]\\d+)?)[ \\t]+(?=(?:${UNIT})(?![\\p{L}\\p{N}]))`, 'gu');
/** Digit groups set off by spaces (`48 210`, `1 000 000`). */
const GROUPED = /(?<![\p{L}\p{N}_.,])\d{1,3}(?: \d{3})+(?![\p{N}])/gu;
/** A multiplication sign after a number (`3 × 5`, `4 × CPU cores`), or an x between two numbers (`3 x 5`). */
const TIMES = /(?<=\d) (×) |(?<=\d) (x) (?=\d)/g;
/** Abbreviations that stand before their number (`p. 12`, `Nr. 5`, `§ 3`, `Art. 34`, `Abs. 2`). */
const BEFORE_NUMBER = /(?<![\p{L}])(p\.|pp\.|S\.|Nr\.|No\.|no\.|Fig\.|fig\.|Abb\.|Kap\.|ch\.|Art\.|art\.|Abs\.|Ziff\.|Bd\.|Vol\.|vol\.|Sec\.|§§?) (?=\d)/gu;

/** The text with each number tied to its unit by no-break spaces. */
export function tieNumbers(text: string): string {
  if (!/\d/.test(text)) return text;
  return text
    .replace(GROUPED, (group) => group.replaceAll(' ', '\u00a0'))
    .replace(NUMBER_UNIT, '$1\u00a0')
    .replace(TIMES, (_, times: string | undefined, x: string | undefined) => `\u00a0${times ?? x}\u00a0`)
    .replace(BEFORE_NUMBER, '$1\u00a0');
}

/**
 * remark plugin: a number and its unit ("10 GB", "200 ms", "3 × 5", "8 Stunden") never part at a
 * line's end, in prose, table cells, headings and card answers alike. Code and maths are not text
 * nodes, so they stay as written.
 */
export function remarkTieNumbers() {
  return (tree: Root) => {
    visit(tree, 'text', (text: Text) => {
      text.value = tieNumbers(text.value);
    });
  };
}
