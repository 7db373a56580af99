import { count } from 'drizzle-orm';
import { buildApp } from './app';
import { openDatabase } from './db/database';
import { adminUnits } from './db/schema';
import { databaseConfig, describeDatabase } from './database-config';
import { startLocalCommandServer, type LocalCommandServer } from './cli/local-command-server';
import type { Env } from './env';
import { loadDemo } from './features/demo/load-demo';
import { DEMO_PASSWORD } from './features/demo/demo-data';

export interface StartedServer {
  url: string;
  close(): Promise<void>;
}

/** Migrates, loads the demo ward into an empty database (unless THIDUA_DEMO=off), and listens. */
export async function startServer(
  env: Env,
  print: (line: string) => void = console.log,
): Promise<StartedServer> {
  const config = databaseConfig(env);
  const database = await openDatabase(config, { holder: 'server' });
  await database.migrate();
  const [units] = await database.db.select({ n: count() }).from(adminUnits);
  if (env.THIDUA_DEMO === 'auto' && units?.n === 0) {
    await loadDemo(database.db);
    print(`Đã tạo dữ liệu demo: Phường Minh Họa, tài khoản "canbo" mật khẩu "${DEMO_PASSWORD}".`);
  }
  const app = await buildApp({
    database,
    logLevel: env.LOG_LEVEL,
    sessionHours: env.THIDUA_SESSION_HOURS,
    cookieSecure: env.THIDUA_COOKIE_SECURE,
  });
  await app.listen({ port: env.PORT, host: env.HOST });
  // Holding the embedded folder, the server takes the CLI's import, backup and user create instead.
  let local: LocalCommandServer | null = null;
  if (database.lock) {
    local = await startLocalCommandServer(database);
    database.lock.advertise({ port: local.port, secret: local.secret });
  }
  const shownHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = `http://${shownHost}:${env.PORT}`;
  print(`Cơ sở dữ liệu: ${describeDatabase(config)}`);
  print(`Thi đua, Khen thưởng số đang chạy tại ${url}`);
  return {
    url,
    close: async () => {
      await local?.close();
      await app.close();
      await database.close();
    },
  };
}
