import { describe, expect, it } from 'vitest';
import { attachmentDisposition } from './attachment-disposition';

describe('attachmentDisposition', () => {
  it('names the file in UTF-8 and in ASCII, as an attachment', () => {
    expect(attachmentDisposition('Kế hoạch "số 1" (đợt 2).pdf')).toBe(
      `attachment; filename="Ke hoach _so 1_ (dot 2).pdf"; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20%22s%E1%BB%91%201%22%20%28%C4%91%E1%BB%A3t%202%29.pdf`,
    );
  });

  it('sends a plain ASCII name once, quoted only when it needs to be', () => {
    expect(attachmentDisposition('ke-hoach-12.pdf')).toBe('attachment; filename=ke-hoach-12.pdf');
    expect(attachmentDisposition('ke hoach.pdf')).toBe('attachment; filename="ke hoach.pdf"');
  });
});
