import { describe, expect, it } from 'vitest';
import { createProgram, optionsFromCommand } from '../../src/cli/cli.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { validateOptions } from '../../src/config/validate-options.js';

/** Parses a `studyguide build …` command line and returns the options. */
async function parsedBuild(args: string[]): Promise<BuildOptions> {
  const program = createProgram(() => {});
  program.commands.forEach((c) => c.exitOverride().configureOutput({ writeErr: () => {} }));
  let opts: BuildOptions | undefined;
  program.commands
    .find((c) => c.name() === 'build')!
    .action(async (paths: string[], _o: unknown, cmd) => {
      opts = (await optionsFromCommand(cmd, paths)).opts;
    });
  await program.parseAsync(['node', 'studyguide', '--no-config', 'build', ...args]);
  return opts!;
}

// `--paper A4`, as paper sizes are written, failed with the option parser's "Allowed choices are a4, letter".
describe('a choice given on the command line', () => {
  it('is read whatever its capitals', async () => {
    const opts = await parsedBuild(['--paper', 'A4', '--card-faces', 'Flash', '--duplex', 'SHORT']);
    expect([opts.paper, opts.cardFaces, opts.duplex]).toEqual(['a4', 'flash', 'short']);
  });

  it('that names no choice still names the choices', async () => {
    await expect(parsedBuild(['--paper', 'B5'])).rejects.toThrow(/Allowed choices are a4, letter/);
  });
});

// `paper: A4` in a config file or front matter failed as "must be one of a4, letter (got "A4")".
describe('a choice in a config file or front matter', () => {
  const where = { file: 'studyguide.config.json', lineOf: () => 2, name: (k: string) => `"${k}"` };
  it('is read whatever its capitals, in a list too', () => {
    expect(validateOptions({ paper: 'A4', cardFaces: 'Flash', outputs: 'Guide, Cards' }, where)).toMatchObject({
      paper: 'a4',
      cardFaces: 'flash',
      outputs: ['guide', 'cards'],
    });
  });

  it('that names no choice still says which it may be', () => {
    expect(() => validateOptions({ paper: 'B5' }, where)).toThrow('"paper" must be one of a4, letter (got "B5")');
  });
});
