import * as z from 'zod';

/**
 * Vietnamese sentences for zod's issues, without the field's name: `fieldErrors` prefixes the
 * field's label (the schema's description), so every message names the field it is about.
 */
const TYPE_NAMES: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'nhóm dữ liệu',
  array: 'danh sách',
  date: 'ngày',
};

const FORMAT_NAMES: Record<string, string> = {
  email: 'địa chỉ thư điện tử',
  date: 'ngày (năm-tháng-ngày)',
  datetime: 'thời điểm',
  uuid: 'mã định danh',
  regex: 'định dạng quy định',
  url: 'địa chỉ web',
};

function sizeUnit(origin: string | undefined): string {
  if (origin === 'string') return ' ký tự';
  if (origin === 'array' || origin === 'set') return ' mục';
  return '';
}

export function vietnameseIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return 'là bắt buộc.';
      return `sai kiểu dữ liệu, cần ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string' && n === 1) return 'không được để trống.';
      const bound = issue.inclusive === false ? 'lớn hơn' : 'ít nhất';
      return issue.origin === 'number' || issue.origin === 'bigint'
        ? `phải ${issue.inclusive === false ? 'lớn hơn' : 'lớn hơn hoặc bằng'} ${n}.`
        : `cần ${bound} ${n}${sizeUnit(issue.origin)}.`;
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      return issue.origin === 'number' || issue.origin === 'bigint'
        ? `phải ${issue.inclusive === false ? 'nhỏ hơn' : 'nhỏ hơn hoặc bằng'} ${n}.`
        : `chỉ được tối đa ${n}${sizeUnit(issue.origin)}.`;
    }
    case 'invalid_value':
      // zod reports a missing choice as a wrong value; to the user it is simply missing.
      if (issue.input === undefined || issue.input === null) return 'là bắt buộc.';
      return `phải là một trong các giá trị: ${issue.values.map(String).join(', ')}.`;
    case 'invalid_format':
      return `không đúng định dạng ${FORMAT_NAMES[issue.format] ?? issue.format}.`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${issue.keys.join(', ')}.`;
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}.`;
    default:
      return 'không hợp lệ.';
  }
}

z.config({ localeError: (issue) => vietnameseIssueMessage(issue) });

type AnySchema = z.core.$ZodType;

/** The schema found at `path` inside objects, arrays and optional/nullable/default wrappers. */
function schemaAt(schema: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current);
    if (!current) return undefined;
    const def = current._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    if (def.type === 'object' && typeof key === 'string') current = def.shape?.[key];
    else if (def.type === 'array') current = def.element;
    else return undefined;
  }
  return current;
}

function unwrap(schema: AnySchema): AnySchema {
  for (let current = schema; ;) {
    const inner = unwrapOnce(current);
    if (inner === current) return current;
    current = inner;
  }
}

function unwrapOnce(schema: AnySchema): AnySchema {
  const def = schema._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
  if (
    def.innerType &&
    ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly'].includes(def.type)
  )
    return def.innerType;
  if (def.type === 'pipe' && def.in) return def.in;
  return schema;
}

/** The label nearest the field: a wrapper (`.optional()` of a described schema) may carry none itself. */
function descriptionOf(schema: AnySchema | undefined): string | undefined {
  for (let current = schema; current;) {
    const description = (current as { description?: string }).description;
    if (description) return description;
    const inner = unwrapOnce(current);
    if (inner === current) return undefined;
    current = inner;
  }
  return undefined;
}

export type FieldErrors = Record<string, string>;

/** One Vietnamese message per field, naming the field: «Tên đăng nhập» cần ít nhất 3 ký tự. */
export interface PathIssue {
  path: readonly PropertyKey[];
  message: string;
}

export function fieldErrors(schema: AnySchema | undefined, issues: readonly PathIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    if (fields[key]) continue;
    const label =
      (schema && descriptionOf(schemaAt(schema, issue.path))) ?? (issue.path.length ? key : 'Dữ liệu');
    fields[key] = `«${label}» ${issue.message}`;
  }
  return fields;
}

export function summariseFieldErrors(fields: FieldErrors): string {
  return Object.values(fields).join(' ');
}
