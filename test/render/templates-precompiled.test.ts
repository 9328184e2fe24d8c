import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assetDirs, PACKAGE_ROOT } from '../../src/render/assets.js';
import { createTemplateEnv, precompileTemplates } from '../../src/render/handlebars-env.js';

// The bundle holds our templates compiled ahead (scripts/bundle.mjs writes precompileTemplates'
// answer beside it), so that a build does not compile them: each must print what compiling its
// text prints, whitespace stripping of standalone tags included.
describe('templates compiled ahead for the bundle', () => {
  const dirs = assetDirs();
  const folder = path.join(PACKAGE_ROOT, 'templates');
  const files = [
    ...readdirSync(folder).filter((f) => f.endsWith('.hbs')),
    ...readdirSync(path.join(folder, 'partials'))
      .filter((f) => f.endsWith('.hbs'))
      .map((f) => path.join('partials', f)),
  ];
  const text = (file: string) => readFileSync(path.join(folder, file), 'utf8');
  const digest = (t: string) => createHash('sha1').update(t).digest('hex');
  const { templates } = precompileTemplates(dirs);

  it('holds every layout and partial of ours, with the partials each calls', () => {
    expect(Object.keys(templates).sort()).toEqual(files.map((f) => digest(text(f))).sort());
    expect(templates[digest(text('partials/question.hbs'))].partials).toEqual(expect.arrayContaining(['tags', 'badge']));
  });

  it('prints what the template compiled from its text prints', () => {
    const hb = createTemplateEnv(dirs);
    const view = { tags: ['a&b', '⭐', 'k8s'], level: 'hard', labels: { levels: { hard: 'Hard' } }, unleveled: false };
    for (const file of ['partials/tags.hbs', 'partials/badge.hbs']) {
      const ahead = hb.template(new Function(`return ${templates[digest(text(file))].spec}`)() as TemplateSpecification);
      const printed = ahead(view);
      expect(printed).toBe(hb.compile(text(file))(view));
      expect(printed).toMatch(file.includes('tags') ? /#a&amp;b.*★.*#k8s/s : /badge-hard.*Hard/s);
    }
  });
});
