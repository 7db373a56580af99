import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '@thidua/domain';
import { detectFileType } from './detect-file-type';
import { oleHasEntry } from './ole-entries';
import { zipEntries } from './zip-entries';

const le16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const le32 = (n: number) => [...le16(n & 0xffff), ...le16(Math.floor(n / 0x10000))];
const bytesOf = (text: string) => [...new TextEncoder().encode(text)];

/** A ZIP file with stored entries (or deflated ones: method 8), as Office and OpenDocument files are built. */
function aZip(entries: { name: string; data?: string; method?: number }[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  for (const { name, data = '', method = 0 } of entries) {
    const offset = local.length;
    const [n, raw] = [bytesOf(name), bytesOf(data)];
    const d = method === 8 ? [...deflateRawSync(Uint8Array.from(raw))] : raw;
    const sizes = [0, 0, 0, 0, ...le32(d.length), ...le32(raw.length), ...le16(n.length)];
    local.push(
      ...le32(0x04034b50),
      ...le16(20),
      0,
      0,
      ...le16(method),
      0,
      0,
      0,
      0,
      ...sizes,
      0,
      0,
      ...n,
      ...d,
    );
    central.push(...le32(0x02014b50), ...le16(20), ...le16(20), 0, 0, ...le16(method), 0, 0, 0, 0);
    central.push(...sizes, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...le32(offset), ...n);
  }
  const count = le16(entries.length);
  const end = [
    ...le32(0x06054b50),
    0,
    0,
    0,
    0,
    ...count,
    ...count,
    ...le32(central.length),
    ...le32(local.length),
    0,
    0,
  ];
  return Uint8Array.from([...local, ...central, ...end]);
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE2 compound file (.doc, .xls) whose directory holds these entries. */
function anOleFile(entries: string[]): Uint8Array {
  const bytes = new Uint8Array(512 + 128 * (entries.length + 1));
  bytes.set(OLE2);
  entries.forEach((name, i) => {
    const at = 512 + 128 * (i + 1);
    [...name].forEach((c, j) => bytes.set(le16(c.charCodeAt(0)), at + j * 2));
    bytes.set(le16((name.length + 1) * 2), at + 64);
  });
  return bytes;
}

const pdf = Uint8Array.from(bytesOf('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF'));
/** A PNG chunk of `length` zero bytes (CRC not checked by the detection). */
const pngChunk = (type: string, length: number) => [
  ...le32(length).reverse(),
  ...bytesOf(type),
  ...Array<number>(length + 4).fill(0),
];
const png = Uint8Array.from([
  ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  ...pngChunk('IHDR', 13),
  ...pngChunk('IDAT', 0),
  ...pngChunk('IEND', 0),
]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]);
/** The [Content_Types].xml of an Office file whose main part has this content type. */
const contentTypes = (main: string, part: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${part}" ContentType="application/${main}.main+xml"/></Types>`;
const WORD = 'vnd.openxmlformats-officedocument.wordprocessingml.document';
const wordTypes = { name: '[Content_Types].xml', data: contentTypes(WORD, 'word/document.xml') };
const docx = aZip([wordTypes, { name: '_rels/.rels' }, { name: 'word/document.xml' }]);
const xlsx = aZip([
  {
    name: '[Content_Types].xml',
    data: contentTypes('vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xl/workbook.xml'),
  },
  { name: 'xl/workbook.xml' },
  { name: 'xl/worksheets/sheet1.xml' },
]);
const odt = aZip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml' },
]);
const ods = aZip([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
  { name: 'content.xml' },
]);

describe('detectFileType: the content decides, not the name', () => {
  it.each([
    ['PDF', pdf, 'ke-hoach.pdf', 'pdf', 'application/pdf'],
    [
      'Word',
      docx,
      'ke-hoach.docx',
      'docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'Excel',
      xlsx,
      'so-lieu.xlsx',
      'xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['OpenDocument text', odt, 'ke-hoach.odt', 'odt', 'application/vnd.oasis.opendocument.text'],
    ['OpenDocument sheet', ods, 'so-lieu.ods', 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    [
      'Word 97–2003',
      anOleFile(['Root Entry', 'WordDocument', '1Table']),
      'cu.doc',
      'doc',
      'application/msword',
    ],
    ['Excel 97–2003', anOleFile(['Root Entry', 'Workbook']), 'cu.xls', 'xls', 'application/vnd.ms-excel'],
    ['Excel 5', anOleFile(['Root Entry', 'Book']), 'rat-cu.xls', 'xls', 'application/vnd.ms-excel'],
    ['PNG', png, 'anh.png', 'png', 'image/png'],
    ['JPEG', jpeg, 'anh.jpeg', 'jpeg', 'image/jpeg'],
  ])('accepts %s and keeps its name', async (_what, bytes, name, id, contentType) => {
    const check = await detectFileType(bytes, name);
    expect(check).toMatchObject({ ok: true, type: { id, contentType }, fileName: name });
  });

  it.each([
    ['a Windows program', Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])],
    ['a web page', Uint8Array.from(bytesOf('<!DOCTYPE html><script>alert(1)</script>'))],
    ['an SVG image', Uint8Array.from(bytesOf('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))],
    ['a ZIP that is no office document', aZip([{ name: 'META-INF/MANIFEST.MF' }, { name: 'Main.class' }])],
    ['a PowerPoint file', anOleFile(['Root Entry', 'PowerPoint Document'])],
    ['text', Uint8Array.from(bytesOf('Kế hoạch phát động'))],
  ])('refuses %s named .pdf, naming the allowed types', async (_what, bytes) => {
    expect(await detectFileType(bytes, 'ke-hoach.pdf')).toEqual({
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
      params: {
        fileName: 'ke-hoach.pdf',
        allowed: 'PDF, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt, .ods), ảnh PNG, JPEG',
      },
    });
  });

  it('refuses an OpenDocument whose type entry is compressed (the format wants it stored first)', async () => {
    const compressed = aZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', method: 8 },
    ]);
    expect(await detectFileType(compressed, 'a.odt')).toMatchObject({
      ok: false,
      code: 'FILE_TYPE_NOT_ALLOWED',
    });
    const typeNotFirst = aZip([
      { name: 'content.xml' },
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    ]);
    expect(await detectFileType(typeNotFirst, 'a.odt')).toMatchObject({ ok: false });
  });

  it('gives the found type’s extension to a name whose extension does not fit, and keeps an unknown one', async () => {
    expect(await detectFileType(png, 'anh-chup.jpg')).toMatchObject({
      type: { id: 'png' },
      fileName: 'anh-chup.png',
    });
    expect(await detectFileType(pdf, 'Kế hoạch')).toMatchObject({ fileName: 'Kế hoạch.pdf' });
    expect(await detectFileType(pdf, 'chay-toi.exe')).toMatchObject({ fileName: 'chay-toi.exe.pdf' });
    expect(await detectFileType(jpeg, 'ANH.JPG')).toMatchObject({ fileName: 'ANH.JPG' });
  });

  it('refuses Office files that carry macros', async () => {
    const docm = aZip([wordTypes, { name: 'word/document.xml' }, { name: 'word/vbaProject.bin' }]);
    expect(await detectFileType(docm, 'a.docx')).toEqual({
      ok: false,
      code: 'FILE_HAS_MACROS',
      params: { fileName: 'a.docx' },
    });
    const doc = anOleFile(['Root Entry', 'WordDocument', 'Macros', 'VBA']);
    expect(await detectFileType(doc, 'a.doc')).toMatchObject({ ok: false, code: 'FILE_HAS_MACROS' });
    const xls = anOleFile(['Root Entry', 'Workbook', '_VBA_PROJECT_CUR']);
    expect(await detectFileType(xls, 'a.xls')).toMatchObject({ ok: false, code: 'FILE_HAS_MACROS' });
  });

  it('refuses a macro-enabled workbook by its declared type, whatever its name', async () => {
    const xlsm = aZip([
      {
        name: '[Content_Types].xml',
        data: contentTypes('vnd.ms-excel.sheet.macroEnabled', 'xl/workbook.xml'),
      },
      { name: 'xl/workbook.xml' },
    ]);
    expect(await detectFileType(xlsm, 'so-lieu.xlsx')).toEqual({
      ok: false,
      code: 'FILE_HAS_MACROS',
      params: { fileName: 'so-lieu.xlsx' },
    });
  });

  it('refuses an empty file', async () => {
    expect(await detectFileType(new Uint8Array(0), 'rong.pdf')).toEqual({
      ok: false,
      code: 'FILE_EMPTY',
      params: { fileName: 'rong.pdf' },
    });
  });

  it('accepts a file of exactly the limit and refuses one byte more', async () => {
    const atLimit = new Uint8Array(MAX_FILE_BYTES);
    atLimit.set(pdf);
    expect((await detectFileType(atLimit, 'a.pdf')).ok).toBe(true);
    const over = new Uint8Array(MAX_FILE_BYTES + 1);
    over.set(pdf);
    expect(await detectFileType(over, 'a.pdf')).toEqual({
      ok: false,
      code: 'FILE_TOO_LARGE',
      params: { maxMegabytes: 10 },
    });
  });
});

describe('zipEntries', () => {
  const namesOf = async (bytes: Uint8Array) => (await zipEntries(bytes))?.map((e) => e.name) ?? null;

  it('reads the names of a ZIP’s central directory, and nothing from a file that is not one', async () => {
    expect(await namesOf(docx)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(await namesOf(pdf)).toBeNull();
  });

  it('reads the local headers of a ZIP whose central directory is cut off', async () => {
    expect(await namesOf(docx.subarray(0, docx.length - 30))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
    ]);
  });
});

describe('oleHasEntry', () => {
  it('finds an OLE2 entry only with its recorded name length', () => {
    const file = anOleFile(['WordDocument']);
    expect(oleHasEntry(file, 'WordDocument')).toBe(true);
    expect(oleHasEntry(file, 'Word')).toBe(false);
    file[512 + 128 + 64] = 0;
    expect(oleHasEntry(file, 'WordDocument')).toBe(false);
  });
});
