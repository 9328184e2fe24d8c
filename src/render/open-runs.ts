/** This many open questions in a row, or more, share one writing space under the last of them. */
const OPEN_RUN = 3;

/** Where a question stands in a run of open questions: `inRun` for every one of them, `from` (the run's first number) on its last. */
export interface OpenRunPlace {
  inRun: boolean;
  from?: number;
}

/**
 * The guide's runs of open questions (OPEN_RUN or more in a row, of one section): each question
 * of a run prints its heading alone, and the last says once for all of them that they have no
 * answer yet, over one shared writing space, as the cheat sheet and the quiz's key do. Ruled each
 * for its own answer, a Hindi bank of 130 open questions printed a guide mostly of ruled lines.
 */
export function openRuns(questions: readonly { open?: boolean; number: number }[]): OpenRunPlace[] {
  const places: OpenRunPlace[] = questions.map(() => ({ inRun: false }));
  for (let i = 0; i < questions.length;) {
    let j = i;
    while (j < questions.length && questions[j].open) j++;
    if (j - i >= OPEN_RUN) {
      for (let k = i; k < j; k++) places[k] = { inRun: true };
      places[j - 1] = { inRun: true, from: questions[i].number };
    }
    i = Math.max(j, i + 1);
  }
  return places;
}
