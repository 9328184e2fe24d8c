import { beforeAll, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildWith, pdfPages, squash, tempDir } from '../helpers.js';

/**
 * What a guide.css rule that keeps two things on one page needs: the fixture deck, the rule as
 * written in guide.css, the words of the deck's last block, and the pairs printed apart in a PDF.
 */
export interface KeepRule {
  deck: string;
  rule: string;
  last: string;
  apart: (file: string) => unknown[];
}

/**
 * Two tests: with the rule, nothing of the fixture prints apart; with the rule taken out of
 * guide.css (through --styles), something does, so the fixture still tests the rule.
 * Call inside a describe.
 */
export function keepRuleTests({ deck, rule, last, apart }: KeepRule, kept: string): void {
  let out = '';
  beforeAll(async () => {
    out = await tempDir();
    const { result } = await buildWith({ paths: [deck], outDir: path.join(out, 'kept'), outputs: ['guide'] });
    expect(result.failed).toEqual([]);
  });

  it(kept, () => {
    const file = path.join(out, 'kept', 'deck', 'guide.pdf');
    expect(pdfPages(file).length).toBeGreaterThan(10);
    expect(squash(pdfPages(file).join(' '))).toContain(last);
    expect(apart(file)).toEqual([]);
  });

  it('would print apart without the rule (the fixture exercises it)', async () => {
    const css = readFileSync('styles/guide.css', 'utf8');
    expect(css).toContain(rule);
    const styles = path.join(out, 'styles');
    await mkdir(styles);
    await writeFile(path.join(styles, 'guide.css'), css.replace(rule, ''));
    const { result } = await buildWith({ paths: [deck], outDir: path.join(out, 'loose'), outputs: ['guide'], styles });
    expect(result.failed).toEqual([]);
    expect(apart(path.join(out, 'loose', 'deck', 'guide.pdf')).length).toBeGreaterThan(0);
  });
}
