import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { Argument, type Command } from 'commander';
import {
  formatNumberVi,
  IMPORT_KINDS,
  SearchQuerySchema,
  type ImportKind,
  type SearchHit,
} from '@thidua/domain';
import type { Actor } from '../records/record-audit';
import { getCommuneByCode } from '../features/admin-units/admin-units';
import { importSpreadsheet } from '../features/imports/import-spreadsheet';
import { writeExport } from '../features/imports/spreadsheet-export';
import { searchOrganisation } from '../features/organisation/search-organisation';
import { AppError } from '../http/app-error';
import { CliInputError, dataOption, envWith, parseInput, withDatabase } from './run-command';

const CLI_ACTOR: Actor = { id: null, name: 'Dòng lệnh thidua' };
const KIND_LABELS: Record<ImportKind, string> = { people: 'nhân sự', households: 'hộ gia đình' };
const kindArgument = () =>
  new Argument('<loại>', 'people (nhân sự) hoặc households (hộ gia đình)').choices(IMPORT_KINDS);

/** `thidua import`, `export` and `search`: the same checks and messages as the web UI, for a province's scripts. */
export function registerOrganisationCommands(program: Command): void {
  program
    .command('import')
    .description(
      'nhập danh sách nhân sự hoặc hộ gia đình từ tệp Excel; tệp có lỗi thì không ghi gì (mã thoát 2)',
    )
    .addArgument(kindArgument())
    .argument('<tệp>', 'tệp .xlsx theo mẫu (thidua export … hoặc tải mẫu trên giao diện)')
    .requiredOption('--commune <mã>', 'mã xã, phường (5 chữ số)')
    .option('--dry-run', 'chỉ kiểm tra, không ghi')
    .addOption(dataOption())
    .action(
      async (kind: ImportKind, file: string, opts: { commune: string; dryRun?: boolean; data?: string }) => {
        const bytes = await readFile(file).catch(() => {
          throw new CliInputError(`không đọc được tệp ${file}.`);
        });
        await withDatabase(envWith(opts), async ({ db }) => {
          const commune = await getCommuneByCode(db, opts.commune);
          const result = await importSpreadsheet(db, CLI_ACTOR, commune.id, kind, bytes, {
            dryRun: opts.dryRun ?? false,
            importId: crypto.randomUUID(),
            fileName: file,
            onProgress: ({ status, rowsRead }) => {
              if (status === 'validating' && rowsRead % 10_000 === 0 && rowsRead > 0)
                console.error(`Đã kiểm tra ${formatNumberVi(rowsRead)} dòng…`);
            },
          });
          if (result.status === 'invalid') {
            for (const problem of result.problems) console.error(problem.message);
            const more = result.problemCount - result.problems.length;
            if (more > 0) console.error(`… và ${formatNumberVi(more)} lỗi khác.`);
            throw new AppError('IMPORT_HAS_PROBLEMS', 400, { count: formatNumberVi(result.problemCount) });
          }
          const { created, updated, unchanged } = result.outcome;
          const counts = `thêm ${formatNumberVi(created)}, cập nhật ${formatNumberVi(updated)}, không đổi ${formatNumberVi(unchanged)}`;
          console.log(
            opts.dryRun
              ? `Kiểm tra xong ${KIND_LABELS[kind]} của ${commune.name}, không ghi gì: nếu nhập sẽ ${counts}.`
              : `Đã nhập ${KIND_LABELS[kind]} vào ${commune.name}: ${counts}.`,
          );
        });
      },
    );

  program
    .command('export')
    .description('xuất danh sách nhân sự hoặc hộ gia đình ra tệp Excel (cùng cột với tệp mẫu, nhập lại được)')
    .addArgument(kindArgument())
    .requiredOption('--commune <mã>', 'mã xã, phường (5 chữ số)')
    .requiredOption('--out <tệp>', 'tệp .xlsx sẽ ghi')
    .addOption(dataOption())
    .action(async (kind: ImportKind, opts: { commune: string; out: string; data?: string }) => {
      await withDatabase(envWith(opts), async ({ db }) => {
        const commune = await getCommuneByCode(db, opts.commune);
        // Written beside the destination and renamed into place: a failed export leaves no half file.
        const temp = `${opts.out}.partial`;
        const out = createWriteStream(temp);
        try {
          await writeExport(db, commune, kind, out);
          await finished(out);
          await rename(temp, opts.out);
        } catch (error) {
          out.destroy();
          await rm(temp, { force: true });
          throw error;
        }
        console.log(`Đã xuất ${KIND_LABELS[kind]} của ${commune.name} vào ${opts.out}.`);
      });
    });

  program
    .command('search')
    .description('tìm người, hộ gia đình, tổ, đơn vị theo tên, không cần gõ dấu')
    .argument('<nội dung>', 'ví dụ: "nguyen van an" hoặc "to dan pho 3"')
    .requiredOption('--commune <mã>', 'mã xã, phường (5 chữ số)')
    .option('--limit <số>', 'số kết quả mỗi loại (mặc định 10)')
    .option('--json', 'in kết quả dạng JSON')
    .addOption(dataOption())
    .action(
      async (text: string, opts: { commune: string; limit?: string; json?: boolean; data?: string }) => {
        const query = parseInput(SearchQuerySchema, { q: text, limit: opts.limit });
        await withDatabase(envWith(opts), async ({ db }) => {
          const commune = await getCommuneByCode(db, opts.commune);
          const results = await searchOrganisation(db, commune.id, query.q, query.limit);
          if (opts.json) {
            console.log(JSON.stringify(results, null, 2));
            return;
          }
          const sections: [string, SearchHit[]][] = [
            ['Người', results.people],
            ['Hộ gia đình', results.households],
            ['Khóm, ấp, thôn, tổ dân phố', results.groups],
            ['Đơn vị', results.units],
          ];
          const found = sections.filter(([, hits]) => hits.length > 0);
          if (found.length === 0) console.log(`Không tìm thấy «${query.q}» trong ${commune.name}.`);
          for (const [title, hits] of found) {
            console.log(`${title}:`);
            for (const hit of hits) {
              console.log(`  ${hit.title} — ${hit.detail}${hit.retiredOn ? ' (đã thôi)' : ''}`);
            }
          }
        });
      },
    );
}
