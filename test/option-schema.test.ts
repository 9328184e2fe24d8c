import { describe, expect, it } from 'vitest';
import type { Command } from 'commander';
import { buildOptionsSchema, configKeys, configSchema, defaultOptions, deckOptionKeys, optionEntries, watchOptionsSchema } from '../src/model/option-schema.js';
import { configJsonSchema } from '../src/config/config-json-schema.js';
import { createProgram } from '../src/cli/cli.js';
import { runCli } from './cli-run.js';

// The one option schema is the only declaration of an option: flags, help, config keys,
// defaults and the JSON Schema must all be read off it, so none can drift from the others.
const flat = (text: string) => text.replace(/\s+/g, ' ');
const command = (name: string): Command => {
  const found = createProgram(() => {}).commands.find((c) => c.name() === name);
  if (!found) throw new Error(`no command ${name}`);
  return found;
};

describe('the one option schema', () => {
  const entries = optionEntries();

  it('gives every key a flag, except the config-only labels object', () => {
    const withFlag = entries.map((e) => e.key);
    expect(configKeys().filter((k) => !withFlag.includes(k))).toEqual(['labels']);
    expect(withFlag).toEqual(Object.keys(buildOptionsSchema.shape));
    expect(new Set(entries.map((e) => e.flag)).size).toBe(entries.length);
  });

  it('puts every config key in the JSON Schema, with its help text and default', () => {
    const properties = configJsonSchema().properties as Record<string, { description?: string; default?: unknown }>;
    expect(Object.keys(properties).sort()).toEqual(['$schema', ...configKeys()].sort());
    for (const e of entries) {
      expect(properties[e.key].description, e.key).toBe(e.description);
      expect(properties[e.key].default, e.key).toEqual(e.default);
    }
  });

  it('lists each option with its help in --help of build, and the watch options in watch --help', async () => {
    const build = flat((await runCli(['build', '--help'])).stdout);
    for (const e of entries) expect(build, e.key).toContain(`${e.flag} ${e.description.split(' ').slice(0, 4).join(' ')}`);
    const watch = flat((await runCli(['watch', '--help'])).stdout);
    for (const e of [...entries, ...optionEntries(watchOptionsSchema)]) expect(watch, e.key).toContain(e.flag);
  });

  it('takes the defaults of the flags and of a build from the schema alone', () => {
    const defaults: Record<string, unknown> = defaultOptions();
    const flags = command('build').options;
    for (const e of entries) {
      const flag = flags.find((o) => o.flags === e.flag);
      expect(flag, e.key).toBeDefined();
      const shown = e.default === false ? undefined : e.default;
      expect(flag?.defaultValue, e.key).toEqual(shown);
      expect(defaults[e.key], e.key).toEqual(e.default);
    }
    expect(defaults).toEqual(configSchema.parse({}));
  });

  it('lets front matter set every option but the build-wide ones', () => {
    const wide = entries.filter((e) => e.buildWide).map((e) => e.key);
    expect(wide).toEqual(expect.arrayContaining(['outDir', 'theme', 'browserPath', 'offset']));
    expect(deckOptionKeys()).toEqual(configKeys().filter((k) => !wide.includes(k)));
    expect(deckOptionKeys()).toContain('labels');
  });

  it('reads the keys a deck may set from the schema once, not again for each deck', () => {
    expect(deckOptionKeys()).toBe(deckOptionKeys());
    expect(Object.isFrozen(deckOptionKeys())).toBe(true);
  });
});
