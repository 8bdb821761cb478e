import Ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { FormErrors, type InvalidFormBody } from './formErrors.js';
import { loadSpec, type OpenApiSpec } from './openapiSpec.js';
import { escapeRegExp } from '../../../src/text/escapeRegExp.js';

// Both are CommonJS with `exports.default`; under NodeNext the default import is the module object.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

const SPEC_ID = 'https://discord.com/api/v10/openapi.json';

/** Formats the spec uses that ajv-formats does not know; the schemas' own bounds check them. */
const OPENAPI_FORMATS = ['int32', 'int64', 'double', 'snowflake', 'nonce'];

/** What a request looks like next to Discord's description of the operation it calls. */
export type SpecCheck =
  | { ok: true; operation: string }
  | { ok: false; operation: string; errors: ErrorObject[]; body: InvalidFormBody }
  | { ok: false; operation: null; errors: []; body: InvalidFormBody };

interface Operation {
  template: string;
  regex: RegExp;
  literals: number;
}

function jsonPointer(segments: readonly string[]): string {
  return `#/${segments.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

/**
 * Validates request bodies against the requestBody schema of the matching operation in Discord's
 * OpenAPI description, with ajv (JSON Schema 2020-12). The spec is added once as a schema with an
 * $id so `#/components/schemas/...` references resolve; each operation's validator is compiled on
 * first use (a few hundred ms each) and cached, so starting a fake stays fast.
 */
export class OpenApiValidator {
  private readonly ajv: InstanceType<typeof Ajv2020>;
  private readonly operations: Operation[];
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor(private readonly spec: OpenApiSpec = loadSpec()) {
    // strict: false ignores OpenAPI-only keywords (discriminator, example); x- ones are registered.
    this.ajv = new Ajv2020({ strict: false, validateSchema: false });
    addFormats(this.ajv);
    for (const format of OPENAPI_FORMATS) this.ajv.addFormat(format, true);
    this.ajv.addKeyword({ keyword: 'x-discord-union' });
    this.ajv.addSchema(spec, SPEC_ID);
    this.operations = Object.keys(spec.paths)
      .map((template) => {
        const parts = template.split('/');
        const source = parts.map((p) => (p.startsWith('{') ? '[^/]+' : escapeRegExp(p))).join('/');
        return { template, regex: new RegExp(`^${source}$`), literals: parts.filter((p) => !p.startsWith('{')).length };
      })
      // `/messages/@original` before `/messages/{message_id}`.
      .sort((a, b) => b.literals - a.literals);
  }

  /** The spec's path template for a request path (`/channels/1/messages` → `/channels/{channel_id}/messages`). */
  operationFor(method: string, path: string): string | null {
    const m = method.toLowerCase();
    const found = this.operations.find((o) => o.regex.test(path) && this.spec.paths[o.template]?.[m] !== undefined);
    return found === undefined ? null : `${method.toUpperCase()} ${found.template}`;
  }

  /** Checks a JSON body (or a multipart request's `payload_json`) against its operation's schema. */
  check(method: string, path: string, body: unknown): SpecCheck {
    const operation = this.operationFor(method, path);
    if (operation === null) {
      const errors = new FormErrors();
      errors.add([], 'UNKNOWN_OPERATION', `${method} ${path} is not in Discord's OpenAPI description`);
      return { ok: false, operation: null, errors: [], body: errors.toBody() };
    }
    const validate = this.validatorFor(operation);
    if (validate === null || validate(body)) return { ok: true, operation };
    const errors = validate.errors ?? [];
    return { ok: false, operation, errors, body: toFormErrors(errors) };
  }

  private validatorFor(operation: string): ValidateFunction | null {
    const cached = this.compiled.get(operation);
    if (cached !== undefined) return cached;
    const [method = '', template = ''] = operation.split(' ');
    const op = this.spec.paths[template]?.[method.toLowerCase()] as { requestBody?: { content?: Record<string, unknown> } } | undefined;
    const validate = op?.requestBody?.content?.['application/json'] === undefined
      ? null
      : this.ajv.compile({ $ref: `${SPEC_ID}${jsonPointer(['paths', template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'])}` });
    this.compiled.set(operation, validate);
    return validate;
  }
}

const CODES: Record<string, string> = {
  maxLength: 'BASE_TYPE_MAX_LENGTH',
  maxItems: 'BASE_TYPE_MAX_LENGTH',
  minLength: 'BASE_TYPE_MIN_LENGTH',
  minItems: 'BASE_TYPE_MIN_LENGTH',
  required: 'BASE_TYPE_REQUIRED',
  enum: 'BASE_TYPE_CHOICES',
  const: 'BASE_TYPE_CHOICES',
  type: 'BASE_TYPE_BAD_TYPE',
  maximum: 'NUMBER_TYPE_MAX',
  minimum: 'NUMBER_TYPE_MIN',
};

/**
 * Discord's Invalid Form Body from ajv's errors. In an anyOf/oneOf every branch reports; the
 * deepest errors are the ones from the branch the body meant (the others fail at `type`).
 */
export function toFormErrors(errors: readonly ErrorObject[]): InvalidFormBody {
  const all = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  // A component or callback `type` that picks another branch is noise next to a real error.
  const branchMiss = (e: ErrorObject): boolean => (e.keyword === 'const' || e.keyword === 'enum') && e.instancePath.endsWith('/type');
  const leaves = all.some((e) => !branchMiss(e)) ? all.filter((e) => !branchMiss(e)) : all;
  const depth = (e: ErrorObject): number => e.instancePath.split('/').length + (e.keyword === 'required' ? 1 : 0);
  const deepest = Math.max(0, ...leaves.map(depth));
  const form = new FormErrors();
  const seen = new Set<string>();
  for (const e of leaves.filter((l) => depth(l) === deepest)) {
    const key = `${e.instancePath} ${e.keyword} ${e.message ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at: (string | number)[] = e.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'required') at.push(String((e.params as { missingProperty?: string }).missingProperty));
    form.add(at, CODES[e.keyword] ?? `SCHEMA_${e.keyword.toUpperCase()}`, `${e.message ?? e.keyword} (Discord OpenAPI ${e.schemaPath})`);
  }
  if (form.empty) form.add([], 'SCHEMA_INVALID', 'does not match Discord\'s OpenAPI description');
  return form.toBody();
}

let shared: OpenApiValidator | undefined;

/**
 * One validator per test process: parsing the 1 MB spec and compiling operations is the slow part,
 * and every fake in a test file checks against the same description.
 */
export function sharedOpenApiValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}
