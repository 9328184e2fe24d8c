// The words of a text as the tool compares them: a question against its duplicates (check), a
// list of questions against the headings it names, a summary table's cells against the deck's
// questions. One reading for all, so a question one of them matches is not missed by another.

/** Text reduced to its words: lowercase, accents and punctuation gone, one space between words. */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a text, as normalizeText reads them (`Điểm mạnh?` → `điem`, `manh`). */
export function textWords(text: string): string[] {
  const normalized = normalizeText(text);
  return normalized ? normalized.split(' ') : [];
}
