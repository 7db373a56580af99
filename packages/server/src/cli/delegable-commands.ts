import path from 'node:path';
import { eq } from 'drizzle-orm';
import * as z from 'zod';
import {
  formatNumberVi,
  IMPORT_KINDS,
  ROLES,
  ROLE_LABELS,
  UserCreateInputSchema,
  type ImportKind,
} from '@thidua/domain';
import type { DatabaseHandle } from '../db/database';
import { adminUnits } from '../db/schema';
import { SYSTEM_ACTOR, type Actor } from '../records/record-audit';
import { getCommuneByCode } from '../features/admin-units/admin-units';
import { writeBackup } from '../features/backup/write-backup';
import { importSpreadsheet } from '../features/imports/import-spreadsheet';
import { createUser } from '../features/users/users';
import { AppError } from '../http/app-error';
import { parseInput } from './run-command';

/**
 * The commands a ward officer runs while the server is up (README): when the server holds the
 * embedded data folder, the CLI sends them to it (local-command-server.ts) and they run here, in
 * the server's process, printing the same lines as when the CLI runs them on the folder itself.
 */
export const DelegableCommandSchema = z.discriminatedUnion('name', [
  z.object({
    name: z.literal('import'),
    kind: z.enum(IMPORT_KINDS),
    commune: z.string(),
    dryRun: z.boolean(),
    /** The path as typed, for messages and the audit log; the bytes travel in `file`. */
    fileName: z.string(),
    file: z.base64(),
  }),
  z.object({
    name: z.literal('backup'),
    commune: z.string().optional(),
    /** As typed and the directory it was typed in: the file lands where a direct run would put it. */
    out: z.string(),
    cwd: z.string(),
  }),
  z.object({
    name: z.literal('user-create'),
    username: z.string(),
    role: z.enum(ROLES),
    commune: z.string(),
    displayName: z.string(),
    password: z.string(),
  }),
]);
export type DelegableCommand = z.infer<typeof DelegableCommandSchema>;

/** Where a command prints: the console when run directly, the answer's stream when delegated. */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: CommandOutput = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

const CLI_ACTOR: Actor = { id: null, name: 'Dòng lệnh thidua' };
export const KIND_LABELS: Record<ImportKind, string> = { people: 'nhân sự', households: 'hộ gia đình' };

export async function runDelegableCommand(
  database: DatabaseHandle,
  command: DelegableCommand,
  output: CommandOutput,
): Promise<void> {
  switch (command.name) {
    case 'import':
      return runImport(database, command, output);
    case 'backup':
      return runBackup(database, command, output);
    case 'user-create':
      return runUserCreate(database, command, output);
  }
}

type CommandOf<N extends DelegableCommand['name']> = Extract<DelegableCommand, { name: N }>;

async function runImport(
  { db }: DatabaseHandle,
  command: CommandOf<'import'>,
  output: CommandOutput,
): Promise<void> {
  const { kind, dryRun } = command;
  const commune = await getCommuneByCode(db, command.commune);
  const result = await importSpreadsheet(
    db,
    CLI_ACTOR,
    commune.id,
    kind,
    Buffer.from(command.file, 'base64'),
    {
      dryRun,
      importId: crypto.randomUUID(),
      fileName: command.fileName,
      onProgress: ({ status, rowsRead }) => {
        if (status === 'validating' && rowsRead % 10_000 === 0 && rowsRead > 0)
          output.err(`Đã kiểm tra ${formatNumberVi(rowsRead)} dòng…`);
      },
    },
  );
  if (result.status === 'invalid') {
    for (const problem of result.problems) output.err(problem.message);
    const more = result.problemCount - result.problems.length;
    if (more > 0) output.err(`… và ${formatNumberVi(more)} lỗi khác.`);
    throw new AppError('IMPORT_HAS_PROBLEMS', 400, { count: formatNumberVi(result.problemCount) });
  }
  const { created, updated, unchanged } = result.outcome;
  const counts = `thêm ${formatNumberVi(created)}, cập nhật ${formatNumberVi(updated)}, không đổi ${formatNumberVi(unchanged)}`;
  output.out(
    dryRun
      ? `Kiểm tra xong ${KIND_LABELS[kind]} của ${commune.name}, không ghi gì: nếu nhập sẽ ${counts}.`
      : `Đã nhập ${KIND_LABELS[kind]} vào ${commune.name}: ${counts}.`,
  );
}

async function runBackup(
  { db, mode }: DatabaseHandle,
  command: CommandOf<'backup'>,
  output: CommandOutput,
): Promise<void> {
  await writeBackup(db, mode, { communeCode: command.commune }, path.resolve(command.cwd, command.out));
  output.out(
    `Đã sao lưu ${command.commune ? `xã, phường mã ${command.commune}` : 'toàn bộ dữ liệu'} vào ${command.out}.`,
  );
}

async function runUserCreate(
  { db }: DatabaseHandle,
  command: CommandOf<'user-create'>,
  output: CommandOutput,
): Promise<void> {
  const [unit] = await db.select().from(adminUnits).where(eq(adminUnits.code, command.commune));
  if (!unit) throw new AppError('ADMIN_UNIT_NOT_FOUND', 404, { code: command.commune });
  const input = parseInput(UserCreateInputSchema, {
    username: command.username,
    displayName: command.displayName,
    role: command.role,
    adminUnitId: unit.id,
    password: command.password,
  });
  const created = await createUser(db, SYSTEM_ACTOR, unit, input);
  output.out(`Đã tạo tài khoản «${created.username}» (${ROLE_LABELS[created.role]}) thuộc ${unit.name}.`);
}
