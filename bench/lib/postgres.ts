import pg from 'pg';

const SAFE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Creates an empty database `name` on the server of `serverUrl`, runs `work` with its URL, then drops it. */
export async function withScratchDatabase<T>(
  serverUrl: string,
  name: string,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  if (!SAFE_NAME.test(name)) throw new Error(`unsafe database name: ${name}`);
  await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  try {
    const databaseUrl = new URL(serverUrl);
    databaseUrl.pathname = `/${name}`;
    return await work(databaseUrl.toString());
  } finally {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function admin(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
