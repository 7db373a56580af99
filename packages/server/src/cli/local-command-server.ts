import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseHandle } from '../db/database';
import { DelegableCommandSchema, runDelegableCommand } from './delegable-commands';
import { explainCliError } from './run-command';

export const LOCAL_COMMAND_PATH = '/commands';
export const LOCAL_SECRET_HEADER = 'x-thidua-secret';
/** An import file (25 MiB at most on the web) travels as base64 inside JSON. */
const MAX_COMMAND_BYTES = 48 * 1024 * 1024;
const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** One line of a delegated command's answer (NDJSON): a printed line, or the exit code at the end. */
export type LocalCommandLine = { out: string } | { err: string } | { exitCode: number };

export interface LocalCommandServer {
  port: number;
  secret: string;
  close(): Promise<void>;
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * The server's door for `thidua import | backup | user create` while it holds the embedded data
 * folder: a listener of its own on 127.0.0.1 and a random port (never the web port, so nothing on
 * the network or in the web API reaches it), answering only requests carrying this start's
 * secret, which only the lock file (mode 0600) tells.
 */
export async function startLocalCommandServer(database: DatabaseHandle): Promise<LocalCommandServer> {
  const secret = randomBytes(32).toString('hex');
  const expected = digest(secret);
  const app = Fastify({ logger: false, bodyLimit: MAX_COMMAND_BYTES }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.addHook('onRequest', async (request, reply) => {
    const given = request.headers[LOCAL_SECRET_HEADER];
    const isLoopback = LOOPBACK.has(request.socket.remoteAddress ?? '');
    if (!isLoopback || typeof given !== 'string' || !timingSafeEqual(digest(given), expected)) {
      return reply.status(403).send({ error: 'forbidden' });
    }
  });

  app.post(LOCAL_COMMAND_PATH, { schema: { body: DelegableCommandSchema } }, async (request, reply) => {
    const stream = new PassThrough();
    const send = (line: LocalCommandLine) => stream.write(`${JSON.stringify(line)}\n`);
    void runDelegableCommand(database, request.body, {
      out: (text) => send({ out: text }),
      err: (text) => send({ err: text }),
    })
      .then(() => send({ exitCode: 0 }))
      .catch((error: unknown) => {
        const { lines, exitCode } = explainCliError(error);
        for (const text of lines) send({ err: text });
        send({ exitCode });
      })
      .finally(() => stream.end());
    return reply.type('application/x-ndjson').send(stream);
  });

  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { port, secret, close: () => app.close() };
}
