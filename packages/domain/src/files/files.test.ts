import { describe, expect, it } from 'vitest';
import { ACCEPTED_FILE_EXTENSIONS, formatFileSize } from './files';

describe('formatFileSize', () => {
  it.each([
    [850, '850 byte'],
    [1024, '1 KB'],
    [12_800, '12,5 KB'],
    [3.2 * 1024 * 1024, '3,2 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});

it('offers every allowed extension to the file chooser', () => {
  expect(ACCEPTED_FILE_EXTENSIONS).toBe('.pdf,.docx,.xlsx,.odt,.ods,.doc,.xls,.png,.jpg,.jpeg');
});
