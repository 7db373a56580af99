import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MAX_UNCOMPRESSED_BYTES } from '../packages/server/src/features/imports/check-uncompressed-size';
import { craftedWorkbook, repeated, rowXml, sheetXml } from '../packages/server/src/test/crafted-workbook';
import { HOUSEHOLDS_SHEET } from '@thidua/domain';
import { prepareDatabase, runImportChild } from './household-import';
import { BENCH_GROUP_NAMES } from './lib/organisation-data';
import { format, progress, table, type Benchmark } from './lib/report';
import { withTempDir } from './lib/temp-dir';

const MIB = 2 ** 20;
const BOMB_MIB = 400;
const NORMAL_ROWS = 1_000;

/**
 * What refusing a zip bomb costs: a few hundred KiB of .xlsx whose one cell unpacks to 400 MiB (sizes
 * given only after the data, so only inflating tells), against an ordinary file of 1,000 households,
 * each imported (dry run) by `importSpreadsheet` in a child process of its own on a fresh PGlite folder.
 */
export const importBomb: Benchmark = {
  name: 'import-bomb',
  title: `Import limits: a ${BOMB_MIB} MiB zip bomb against ${format.count(NORMAL_ROWS)} households`,
  async run() {
    return withTempDir(async (dir) => {
      progress('import bomb: preparing the database and the two files');
      const data = path.join(dir, 'data');
      const commune = await prepareDatabase({ mode: 'pglite', dataDir: data });
      const header = rowXml(
        1,
        HOUSEHOLDS_SHEET.columns.map((c) => c.header),
      );
      const bombFile = path.join(dir, 'bomb.xlsx');
      const bomb = await craftedWorkbook(
        HOUSEHOLDS_SHEET.sheetName,
        sheetXml(
          (function* () {
            yield header;
            yield '<row r="2"><c r="B2" t="inlineStr"><is><t>';
            yield* repeated('A', BOMB_MIB * MIB);
            yield '</t></is></c></row>';
          })(),
        ),
        { streamed: true },
      );
      await writeFile(bombFile, bomb);
      const normalFile = path.join(dir, 'normal.xlsx');
      const normal = await craftedWorkbook(
        HOUSEHOLDS_SHEET.sheetName,
        sheetXml(
          (function* () {
            yield header;
            for (let i = 0; i < NORMAL_ROWS; i++) {
              const group = BENCH_GROUP_NAMES[i % BENCH_GROUP_NAMES.length]!;
              yield rowXml(i + 2, [group, `Chủ Hộ Số ${i + 1}`, `Số ${i + 1}, đường Đo Hiệu Năng`, '4']);
            }
          })(),
        ),
      );
      await writeFile(normalFile, normal);

      progress('import bomb: the bomb');
      const refused = await runImportChild(['--data', data], bombFile, commune.code, 'expect-refusal');
      progress('import bomb: the ordinary file');
      const imported = await runImportChild(['--data', data], normalFile, commune.code, 'dry-run');

      const warnings: string[] = [];
      if (refused.refused !== 'IMPORT_FILE_TOO_LARGE')
        warnings.push(`The bomb was not refused as too large (got ${refused.refused ?? 'an import'}).`);
      const mib = (n: number) => `${n.toFixed(0)} MiB`;
      return {
        lines: [
          `Limit: ${mib(MAX_UNCOMPRESSED_BYTES / MIB)} unpacked. Peak RSS is the child's whole life (PGlite included).`,
          '',
          ...table(
            ['', 'file', 'unpacks to', 'outcome', 'ms', 'peak RSS', 'heap peak'],
            [
              [
                'zip bomb',
                `${(bomb.length / 1024).toFixed(0)} KiB`,
                `${BOMB_MIB} MiB`,
                refused.refused ?? 'imported',
                refused.ms.toFixed(0),
                mib(refused.maxRssMiB),
                mib(refused.heapPeakMiB),
              ],
              [
                `${format.count(NORMAL_ROWS)} households`,
                `${(normal.length / 1024).toFixed(0)} KiB`,
                '',
                `dry run: ${format.count(imported.created)} new`,
                imported.ms.toFixed(0),
                mib(imported.maxRssMiB),
                mib(imported.heapPeakMiB),
              ],
            ],
          ),
        ],
        warnings,
        figures: {
          bomb: { bytes: bomb.length, unpackedMiB: BOMB_MIB, ...refused },
          normal: { bytes: normal.length, rows: NORMAL_ROWS, ...imported },
        },
      };
    });
  },
};
