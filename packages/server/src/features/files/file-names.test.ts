import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_LENGTH, safeFileName } from './file-names';

describe('safeFileName', () => {
  it('keeps only the last part of a path', () => {
    expect(safeFileName('C:\\Users\\canbo\\Kế hoạch.pdf')).toBe('Kế hoạch.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
  });

  it('composes Vietnamese letters (NFC)', () => {
    const decomposed = 'Ke\u0302\u0301 hoa\u0323ch.pdf';
    expect(safeFileName(decomposed)).toBe('Kế hoạch.pdf');
    expect(safeFileName(decomposed)).toBe('Kế hoạch.pdf'.normalize('NFC'));
  });

  it('removes control and invisible formatting characters, such as a right-to-left override', () => {
    expect(safeFileName('bao\u0000cao\u202Efdp.exe')).toBe('baocaofdp.exe');
    expect(safeFileName('dong\nmoi\t.pdf')).toBe('dong moi .pdf');
  });

  it('replaces characters Windows refuses and trims dots and spaces at the ends', () => {
    expect(safeFileName('  ..a<b>:c"d|e?f*.pdf. ')).toBe('a_b__c_d_e_f_.pdf');
  });

  it('names a nameless file', () => {
    expect(safeFileName('')).toBe('tep-dinh-kem');
    expect(safeFileName('///')).toBe('tep-dinh-kem');
  });

  it('shortens a long name to the limit, keeping the extension', () => {
    const name = safeFileName(`${'ệ'.repeat(300)}.docx`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('ệ.docx')).toBe(true);
    expect(safeFileName(`${'a'.repeat(MAX_FILE_NAME_LENGTH - 4)}.pdf`)).toHaveLength(MAX_FILE_NAME_LENGTH);
  });
});
