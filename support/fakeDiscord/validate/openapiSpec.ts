import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isObject, type JsonObject } from '../json.js';

/** The repository root (this file is support/fakeDiscord/validate/). */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Discord's OpenAPI description, beside the repository (`../shared/discord-api-spec/`, also in CI). */
export const SPEC_PATH = path.resolve(REPO_ROOT, '..', 'shared', 'discord-api-spec', 'openapi.json');

/**
 * Known disagreements between the spec and Discord itself, patched in the loaded copy (never in
 * the file). Each names the schema property and what Discord really accepts.
 */
export const SPEC_PATCHES: readonly { schema: string; property: string; why: string; replacement: JsonObject }[] = [
  ...['ApplicationCommandCreateRequest', 'ApplicationCommandUpdateRequest', 'ApplicationCommandPatchRequestPartial'].map((schema) => ({
    schema,
    property: 'default_member_permissions',
    why: "a permission bit set: a string in Discord's documentation and in discord.js, an integer in the spec",
    replacement: { type: ['integer', 'string', 'null'], minimum: 0, pattern: '^[0-9]+$' },
  })),
];

export interface OpenApiSpec {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonObject> };
}

/** Reads the spec and applies SPEC_PATCHES; throws with the path when the file is missing. */
export function loadSpec(file = SPEC_PATH): OpenApiSpec {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`fake-discord: cannot read Discord's OpenAPI description at ${file}: ${String(error)}`, { cause: error });
  }
  const spec = JSON.parse(raw) as OpenApiSpec;
  for (const patch of SPEC_PATCHES) {
    const properties = spec.components.schemas[patch.schema]?.properties;
    if (!isObject(properties) || !(patch.property in properties)) {
      throw new Error(`fake-discord: spec patch no longer applies: ${patch.schema}.${patch.property}`);
    }
    properties[patch.property] = patch.replacement;
  }
  return spec;
}
