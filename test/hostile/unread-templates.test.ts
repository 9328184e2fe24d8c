import { describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCli } from '../cli-run.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDir } from '../helpers.js';

parseInPlace();

// A theme's template replaces ours by its name. A misspelt one (cuver.hbs) replaced nothing and
// was read by nothing: the guide printed our cover, and the build said nothing.

async function buildWithTemplates(files: Record<string, string>) {
  const dir = await tempDir('studyguide-unread-templates-');
  await writeFile(path.join(dir, 'd.md'), '# T\n\n## S\n\n### Q?\n\n> a\n');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, 'mine', name)), { recursive: true });
    await writeFile(path.join(dir, 'mine', name), text);
  }
  const run = await runCli(
    ['build', path.join(dir, 'd.md'), '--templates', path.join(dir, 'mine'), '--out', path.join(dir, 'out'), '--outputs', 'csv', '--no-config'],
    {
      NO_COLOR: '1',
    },
  );
  return { run, dir, said: run.stderr.split('\n').filter((l) => l.includes('read by nothing')) };
}

describe("a user's template that nothing reads", () => {
  it('a misspelt partial or layout is a warning naming it and the names it could replace', async () => {
    const { run, dir, said } = await buildWithTemplates({ 'partials/cuver.hbs': '<h1>Mine</h1>', 'gude.hbs': '<p>{{deck.title}}</p>' });
    expect(run.code).toBe(0);
    expect(said).toEqual([
      `${path.join(dir, 'mine', 'gude.hbs')}:1: warning: template gude.hbs is read by nothing: it replaces none of our layouts (alignment.hbs, cards.hbs, cheatsheet.hbs, guide.hbs, index.hbs, quiz.hbs) — rename it to the layout it replaces, or move a partial into partials/`,
      expect.stringMatching(
        /mine\/partials\/cuver\.hbs:1: warning: template partials\/cuver\.hbs is read by nothing: it replaces none of ours \(badge\.hbs, cover\.hbs, .*\) and no template calls it — rename it to the partial it replaces, or call it with \{\{> cuver\}\}$/,
      ),
    ]);
  });

  it('one that replaces ours, or a new partial a template calls, is said nothing of', async () => {
    const { run, said } = await buildWithTemplates({
      'partials/cover.hbs': '<section class="cover"><h1>{{deck.title}}</h1>{{> house-mark}}</section>',
      'partials/house-mark.hbs': '<p>ACME</p>',
    });
    expect(run.code).toBe(0);
    expect(said).toEqual([]);
  });

  it('a templates folder that holds no template at all is said once, naming it (`templates: /etc` read nothing, unsaid)', async () => {
    const { run, dir } = await buildWithTemplates({ 'notes.txt': 'not a template' });
    expect(run.code).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.includes('holds no template'))).toEqual([
      `${path.join(dir, 'mine')}:1: warning: templates folder holds no template (.hbs, or partials/*.hbs): it replaces none of ours — give the folder that holds your templates`,
    ]);
  });
});
