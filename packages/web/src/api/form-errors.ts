import type { FormInstance } from 'antd';
import { errorMessage, ApiError } from './client';

type NamePath = (string | number)[];

/** `merger.formerUnits.0.code` (the API's field key) as an antd name path. */
function toNamePath(key: string): NamePath {
  return key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the API's per-field messages on the form's matching fields (shown as the item's error help)
 * and returns the sentence to show above the form.
 */
export function applyApiErrorToForm(form: FormInstance, error: unknown): string {
  if (error instanceof ApiError) {
    const registered = new Set(form.getFieldsError().map(({ name }) => name.join('.')));
    const fields = Object.entries(error.fields)
      .filter(([key]) => registered.has(key))
      .map(([key, message]) => ({ name: toNamePath(key), errors: [message] }));
    if (fields.length > 0) form.setFields(fields);
  }
  return errorMessage(error);
}
