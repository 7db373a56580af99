import type { Rule } from 'antd/es/form';
import type * as z from 'zod';
import { vietnameseIssueMessage } from '@thidua/domain';

type AnySchema = z.core.$ZodType;
type Def = {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  options?: AnySchema[];
  values?: unknown[];
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  error?: () => unknown;
};

const WRAPPERS_THAT_ALLOW_EMPTY = new Set(['optional', 'nullable', 'default', 'prefault', 'catch']);

/** The schema under its wrappers (optional, nullable, default, transform, preprocess, `.or(z.literal(''))`), and whether it may be left empty. */
function unwrap(schema: AnySchema): { inner: AnySchema; mayBeEmpty: boolean } {
  let current = schema;
  let mayBeEmpty = false;
  for (;;) {
    const def = current._zod.def as Def;
    if (def.innerType && (WRAPPERS_THAT_ALLOW_EMPTY.has(def.type) || def.type === 'readonly')) {
      mayBeEmpty ||= WRAPPERS_THAT_ALLOW_EMPTY.has(def.type);
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) {
      // A preprocess (`z.preprocess`, the domain's number builders) pipes a transform into the
      // checked schema; a `.transform()` pipes the checked schema into one.
      const inType = (def.in._zod.def as Def).type;
      current = inType === 'transform' && def.out ? def.out : def.in;
    } else if (def.type === 'union' && def.options?.length) {
      const isEmptyText = (option: AnySchema) => {
        const optionDef = option._zod.def as Def;
        return optionDef.type === 'literal' && optionDef.values?.includes('') === true;
      };
      mayBeEmpty ||= def.options.some(isEmptyText);
      const [first] = def.options.filter((option) => !isEmptyText(option));
      if (!first) return { inner: current, mayBeEmpty };
      current = first;
    } else return { inner: current, mayBeEmpty };
  }
}

/** «Label» followed by the sentence the server would give for the same issue (one wording, from the domain). */
function message(label: string, issue: Record<string, unknown>): string {
  return `«${label}» ${vietnameseIssueMessage(issue as unknown as z.core.$ZodRawIssue)}`;
}

/** The label of every field of an object schema that has one (its `.describe()`), by field name. */
export function schemaLabels(schema: z.ZodObject): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const label = (fieldSchema as { description?: string }).description;
    if (label) labels[field] = label;
  }
  return labels;
}

export interface FieldRules {
  label: string;
  rules: Rule[];
}

/**
 * Ant Design's `label` and `rules` for one field of a domain schema: the label is the field's
 * `.describe()`, the rules its checks (required, min/max length, min/max number, pattern), with the
 * Vietnamese sentences the server uses. A field's label and limits are then written once, in the
 * domain. `<Form.Item name="fullName" {...fieldRules(PersonInputSchema, 'fullName')}>`.
 */
export function fieldRules<S extends z.ZodObject>(schema: S, field: keyof S['shape'] & string): FieldRules {
  const fieldSchema = schema.shape[field] as AnySchema | undefined;
  if (!fieldSchema) throw new Error(`${field} is not a field of the schema`);
  const label = (fieldSchema as { description?: string }).description;
  if (!label) throw new Error(`${field} has no .describe() label`);
  const { inner, mayBeEmpty } = unwrap(fieldSchema);
  const def = inner._zod.def as Def;
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const rules: Rule[] = [];
  const minLength = checks.find((check) => check.check === 'min_length')?.minimum ?? 0;

  const isRequired =
    !mayBeEmpty &&
    def.type !== 'boolean' &&
    (def.type !== 'string' || minLength >= 1 || def.format !== undefined);
  if (isRequired) {
    const required = message(label, { code: 'invalid_type', input: undefined });
    // Blank text counts as missing; other values (a number, a date picker's day) are not type-checked
    // here: a rule with only `required` does not check the value's type.
    const isPlainText = def.type === 'string' && def.format === undefined;
    rules.push(
      isPlainText
        ? { required: true, whitespace: true, message: required }
        : { required: true, message: required },
    );
  }

  for (const check of checks) {
    const origin = def.type === 'number' ? 'number' : 'string';
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 1)
      rules.push({
        min: check.minimum,
        message: message(label, { code: 'too_small', origin, minimum: check.minimum }),
      });
    else if (check.check === 'max_length' && check.maximum !== undefined)
      rules.push({
        max: check.maximum,
        message: message(label, { code: 'too_big', origin, maximum: check.maximum }),
      });
    else if (check.check === 'greater_than' && check.value !== undefined && check.inclusive)
      rules.push({
        type: 'number',
        min: check.value,
        message: message(label, { code: 'too_small', origin, minimum: check.value, inclusive: true }),
      });
    else if (check.check === 'less_than' && check.value !== undefined && check.inclusive)
      rules.push({
        type: 'number',
        max: check.value,
        message: message(label, { code: 'too_big', origin, maximum: check.value, inclusive: true }),
      });
    else if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
      const own = check.error?.();
      rules.push({
        pattern: check.pattern,
        message:
          typeof own === 'string'
            ? `«${label}» ${own}`
            : message(label, { code: 'invalid_format', format: 'regex' }),
      });
    }
  }
  return { label, rules };
}
