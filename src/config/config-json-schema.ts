import { z } from 'zod';
import { configSchema } from '../model/option-schema.js';

/** Where the schema ships in the package (written by scripts/write-schema.mjs at compile time). */
export const SCHEMA_FILE = 'schema/studyguide.schema.json';

/**
 * The JSON Schema of a config file, made from the one option schema (model/option-schema.ts),
 * whose help texts become the descriptions, so an editor completes and explains every key.
 * `$schema` is allowed: it is how a config file names this schema.
 */
export function configJsonSchema(): Record<string, unknown> {
  const { properties, ...schema } = z.toJSONSchema(configSchema, { io: 'input' });
  return {
    ...schema,
    title: 'studyguide config',
    description: 'Options of studyguide.config.json (or .yaml, or the "studyguide" key of package.json); command-line flags override them.',
    properties: { $schema: { type: 'string', description: 'the JSON Schema this file follows' }, ...properties },
  };
}
