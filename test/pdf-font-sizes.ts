import { pdfToolOutput } from './pdf-tool-output.js';

/** One run of text as mutool traces it: its font and size in points, and the characters it prints. */
export interface TextRun {
  page: number;
  font: string;
  size: number;
  text: string;
}

/**
 * Every text run of a PDF with its font size in points, from `mutool trace`: the size is the
 * text matrix scale times the page's scale to points (Chromium draws at 96 px to the inch), each
 * the length of its first column, so turned text (a diagram printed sideways) reads its size too.
 */
export function textRuns(file: string): TextRun[] {
  const trace = pdfToolOutput('mutool', ['trace'], file);
  const runs: TextRun[] = [];
  let page = 0;
  let scale = 1;
  for (const line of trace.split('\n')) {
    if (line.startsWith('<page ')) page++;
    const text = /<fill_text .*?transform="([-\d.]+) ([-\d.]+) /.exec(line);
    if (text) scale = Math.hypot(Number(text[1]), Number(text[2]));
    const span = /<span font="([^"]+)".*?trm="([-\d.]+) ([-\d.]+) /.exec(line);
    if (span) runs.push({ page, font: span[1], size: Math.round(Math.hypot(Number(span[2]), Number(span[3])) * scale * 100) / 100, text: '' });
    const glyph = /<g unicode="([^"]*)"/.exec(line);
    if (glyph && runs.length > 0) runs[runs.length - 1].text += glyph[1];
  }
  return runs;
}
