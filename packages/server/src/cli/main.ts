import { Command, Option } from 'commander';
import { formatNumberVi, ROLES, setValidationToday, type Role } from '@thidua/domain';
import { appliedSchemaVersion } from '../db/schema-version';
import { loadDemo } from '../features/demo/load-demo';
import { DEMO_PASSWORD } from '../features/demo/demo-data';
import { restoreBackup } from '../features/backup/restore-backup';
import { todayInVietnam } from '../http/today';
import { CliInputError, dataOption, envWith, reportCliError, withDatabase } from './run-command';
import { runDelegable } from './run-delegable';
import { registerRulesCommands } from './rules-commands';
import { registerOrganisationCommands } from './organisation-commands';

// Imports check birth dates and documents against today, as the web forms do.
setValidationToday(() => todayInVietnam());

const program = new Command('thidua')
  .description(
    'Thi đua, Khen thưởng số — lệnh quản trị. Cơ sở dữ liệu: DATABASE_URL (PostgreSQL) hoặc thư mục dữ liệu PGlite.',
  )
  .helpOption('-h, --help', 'hiện hướng dẫn')
  .helpCommand('help [lệnh]', 'hướng dẫn của một lệnh')
  .showHelpAfterError('(dùng --help để xem hướng dẫn)')
  .exitOverride();

program
  .command('start')
  .description('chạy máy chủ web và API; tạo dữ liệu demo nếu cơ sở dữ liệu còn trống')
  .option('--port <số>', 'cổng (mặc định 3000 hoặc PORT)')
  .option('--host <địa chỉ>', 'địa chỉ lắng nghe (mặc định 127.0.0.1; 0.0.0.0 để máy khác truy cập)')
  .addOption(dataOption())
  .action(async (opts: { port?: string; host?: string; data?: string }) => {
    // Loaded here only: the web server's modules would slow every other command's start by a second.
    const { startServer } = await import('../start-server');
    const server = await startServer(envWith(opts));
    const stop = async () => {
      await server.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('áp dụng các bản cập nhật cấu trúc cơ sở dữ liệu')
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    await withDatabase(envWith(opts), async ({ db, mode }) => {
      console.log(`Đã cập nhật cơ sở dữ liệu (${mode}): phiên bản ${await appliedSchemaVersion(db)}.`);
    });
  });

const user = program.command('user').description('quản lý tài khoản');
user
  .command('create')
  .description('tạo tài khoản, ví dụ quản trị viên đầu tiên')
  .requiredOption('--username <tên>', 'tên đăng nhập')
  .addOption(new Option('--role <vai trò>', 'vai trò').choices(ROLES).makeOptionMandatory())
  .requiredOption('--commune <mã>', 'mã xã, phường (5 chữ số); với vai trò cấp tỉnh là mã tỉnh (2 chữ số)')
  .option('--name <họ tên>', 'họ và tên (mặc định: tên đăng nhập)')
  .option('--password <mật khẩu>', 'mật khẩu (hoặc biến THIDUA_PASSWORD)')
  .addOption(dataOption())
  .action(
    async (opts: {
      username: string;
      role: string;
      commune: string;
      name?: string;
      password?: string;
      data?: string;
    }) => {
      const password = opts.password ?? process.env.THIDUA_PASSWORD;
      if (!password)
        throw new CliInputError('cần mật khẩu: --password hoặc biến môi trường THIDUA_PASSWORD.');
      await runDelegable(envWith(opts), {
        name: 'user-create',
        username: opts.username,
        role: opts.role as Role,
        commune: opts.commune,
        displayName: opts.name ?? opts.username,
        password,
      });
    },
  );

program
  .command('demo')
  .description('nạp (hoặc nạp lại từ đầu) dữ liệu demo: Phường Minh Họa, mã 99001')
  .addOption(dataOption())
  .action(async (opts: { data?: string }) => {
    await withDatabase(envWith(opts), async ({ db }) => {
      const result = await loadDemo(db);
      const { units, groups, people, households } = result.organisation;
      console.log(
        `Đã nạp dữ liệu demo: ${result.accounts} tài khoản (mật khẩu "${DEMO_PASSWORD}"), ${units} đơn vị, ` +
          `${groups} khóm, ${people} người, ${formatNumberVi(households)} hộ gia đình.`,
      );
      const { years, movements, registrations, monthlyScores, yearGrades } = result.emulation;
      console.log(
        `Năm thi đua: ${years} năm (2025 đã khóa sổ, 2026 đang thi đua), ${movements} phong trào, ` +
          `${registrations} lượt đăng ký, ${formatNumberVi(monthlyScores)} phiếu chấm điểm tháng, ${yearGrades} xếp loại cuối năm.`,
      );
    });
  });

program
  .command('backup')
  .description('sao lưu dữ liệu của một xã, phường (hoặc toàn bộ) ra một tệp')
  .requiredOption('--out <tệp>', 'tệp sao lưu sẽ ghi (.jsonl.gz)')
  .option('--commune <mã>', 'chỉ sao lưu xã, phường có mã này')
  .addOption(dataOption())
  .action(async (opts: { out: string; commune?: string; data?: string }) => {
    await runDelegable(envWith(opts), {
      name: 'backup',
      commune: opts.commune,
      out: opts.out,
      cwd: process.cwd(),
    });
  });

program
  .command('restore')
  .description('khôi phục một tệp sao lưu (ghi đè dữ liệu của các xã, phường trong tệp)')
  .argument('<tệp>', 'tệp sao lưu')
  .addOption(dataOption())
  .action(async (file: string, opts: { data?: string }) => {
    await withDatabase(envWith(opts), async ({ db }) => {
      const result = await restoreBackup(db, file);
      const rows = Object.entries(result.counts)
        .map(([t, n]) => `${t}: ${n}`)
        .join(', ');
      console.log(
        `Đã khôi phục ${result.header.scope.kind === 'all' ? 'toàn bộ' : `xã, phường mã ${result.header.scope.code}`} (${rows}).`,
      );
    });
  });

registerOrganisationCommands(program);

registerRulesCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const code = (error as { code?: string }).code;
  if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
    process.exit(0);
  if (code?.startsWith('commander.')) process.exit(2);
  process.exit(reportCliError(error));
}
