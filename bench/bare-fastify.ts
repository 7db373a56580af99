// The reference point of the HTTP benchmark: Fastify with one route and nothing else (no logger, no database).
// Run as a child process: node --import tsx bench/bare-fastify.ts --port <n>
import { parseArgs } from 'node:util';
import Fastify from 'fastify';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3001' } } });

const app = Fastify();
app.get('/ping', async () => ({ ok: true }));
await app.listen({ port: Number(values.port), host: '127.0.0.1' });

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
