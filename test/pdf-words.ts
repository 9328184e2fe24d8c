import { pdfToolOutput } from './pdf-tool-output.js';

/** One word pdftotext found, in points from the page's top-left corner. */
export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** A page's size and its words in reading order. */
export interface PdfWordPage {
  width: number;
  height: number;
  words: PdfWord[];
}

/** Text as pdftotext's XML escapes it, read back. */
export const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page of a PDF with word positions (pdftotext -bbox). */
export function pdfWords(file: string): PdfWordPage[] {
  const xml = pdfToolOutput('pdftotext', ['-bbox'], file, ['-']);
  return xml
    .split('<page ')
    .slice(1)
    .map((chunk) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
      const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        text: unescapeXml(m[5]),
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    });
}

/** Positions where `sequence` (whitespace-separated words) appears consecutively on a page. */
export function findSequence(page: PdfWordPage, sequence: string): PdfWord[] {
  const want = sequence.split(/\s+/).filter(Boolean);
  const hits: PdfWord[] = [];
  for (let i = 0; i + want.length <= page.words.length; i++) {
    if (want.every((w, k) => page.words[i + k].text === w)) hits.push(page.words[i]);
  }
  return hits;
}
