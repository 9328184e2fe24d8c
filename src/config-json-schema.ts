import { z } from 'zod';
import { configSchema } from './option-schema.js';
import { BUILD_OPTION_SPECS } from './options.js';

/** Where the schema ships in the package (written by scripts/write-schema.mjs at compile time). */
export const SCHEMA_FILE = 'schema/studyguide.schema.json';

type JsonSchema = { properties?: Record<string, Record<string, unknown>>; [key: string]: unknown };

/**
 * The JSON Schema of a config file, made from the one option schema (option-schema.ts), with
 * each option's help text as its description, so an editor completes and explains every key.
 * `$schema` is allowed: it is how a config file names this schema.
 */
export function configJsonSchema(): JsonSchema {
  const schema = z.toJSONSchema(configSchema(), { io: 'input' }) as JsonSchema;
  const properties = schema.properties ?? {};
  for (const spec of BUILD_OPTION_SPECS) if (properties[spec.key]) properties[spec.key].description = spec.description;
  if (properties.labels) properties.labels.description = 'printed labels (headings, "Contents", level names) in your language';
  return {
    ...schema,
    title: 'studyguide config',
    description: 'Options of studyguide.config.json (or .yaml, or the "studyguide" key of package.json); command-line flags override them.',
    properties: { $schema: { type: 'string', description: 'the JSON Schema this file follows' }, ...properties },
  };
}
