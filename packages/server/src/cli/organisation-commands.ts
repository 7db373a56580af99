import { createWriteStream } from 'node:fs';
import { readFile, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { Argument, type Command } from 'commander';
import { IMPORT_KINDS, SearchQuerySchema, type ImportKind, type SearchHit } from '@thidua/domain';
import { getCommuneByCode } from '../features/admin-units/admin-units';
import { writeExport } from '../features/imports/spreadsheet-export';
import { searchOrganisation } from '../features/organisation/search-organisation';
import { KIND_LABELS } from './delegable-commands';
import { CliInputError, dataOption, envWith, parseInput, withDatabase } from './run-command';
import { runDelegable } from './run-delegable';
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
        await runDelegable(envWith(opts), {
          name: 'import',
          kind,
          commune: opts.commune,
          dryRun: opts.dryRun ?? false,
          fileName: file,
          file: bytes.toString('base64'),
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
