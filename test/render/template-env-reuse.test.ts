import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { assetDirs } from '../../src/render/assets.js';
import { compileTemplate, createTemplateEnv } from '../../src/render/handlebars-env.js';
import { tempDir } from '../helpers.js';

// Every renderer (each output of each deck) makes its template environment: one made from the
// same files is reused with its partials compiled, and an edited file (a watch run's theme) makes
// a new one, so what prints is always the files as they are now.
describe('template environments made again from the same files', () => {
  const theme = async () => {
    const dir = await tempDir('studyguide-theme-');
    mkdirSync(path.join(dir, 'templates', 'partials'), { recursive: true });
    const write = (file: string, text: string) => writeFileSync(path.join(dir, 'templates', file), text);
    write('partials/greeting.hbs', 'hello {{name}}');
    write('note.hbs', '[{{> greeting}}]');
    return { dirs: assetDirs({ theme: dir }), write };
  };

  it('reuses the environment and the compiled layout while the files stay the same', async () => {
    const { dirs } = await theme();
    const hb = createTemplateEnv(dirs);
    expect(createTemplateEnv(dirs)).toBe(hb);
    const note = compileTemplate(hb, dirs, 'note.hbs');
    expect(compileTemplate(createTemplateEnv(dirs), dirs, 'note.hbs')).toBe(note);
    expect(note({ name: 'Ada' })).toBe('[hello Ada]');
  });

  it('prints an edited partial or layout as it now reads', async () => {
    const { dirs, write } = await theme();
    const render = () => compileTemplate(createTemplateEnv(dirs), dirs, 'note.hbs')({ name: 'Ada' });
    expect(render()).toBe('[hello Ada]');
    write('partials/greeting.hbs', 'goodbye {{name}}');
    expect(render()).toBe('[goodbye Ada]');
    write('note.hbs', '<{{> greeting}}>');
    expect(render()).toBe('<goodbye Ada>');
    // Back to the first text: the first environment, which prints it as it did.
    write('partials/greeting.hbs', 'hello {{name}}');
    expect(render()).toBe('<hello Ada>');
  });

  it('keeps two themes with different partials apart', async () => {
    const a = await theme();
    const b = await theme();
    b.write('partials/greeting.hbs', 'hi {{name}}');
    expect(compileTemplate(createTemplateEnv(a.dirs), a.dirs, 'note.hbs')({ name: 'Ada' })).toBe('[hello Ada]');
    expect(compileTemplate(createTemplateEnv(b.dirs), b.dirs, 'note.hbs')({ name: 'Ada' })).toBe('[hi Ada]');
  });
});
