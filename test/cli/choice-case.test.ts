import { describe, expect, it } from 'vitest';
import { createProgram, optionsFromCommand } from '../../src/cli/cli.js';
import type { BuildOptions } from '../../src/model/build-options.js';

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
