import { execFileSync } from 'node:child_process';

/** Base names of the fonts a PDF embeds, each once (pdffonts; the subset prefix dropped). */
export function embeddedFonts(pdf: string): string[] {
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return [...new Set(rows.map((row) => row.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, '')))];
}
