import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestDatabase, type TestDatabase } from '../test/test-database';

const INDEX = '<!doctype html><title>Thi đua</title>';
const SCRIPT = 'console.log("thi đua, khen thưởng");'.repeat(50);

/** A built UI as `vite build` writes it: every text file beside its .gz and .br. */
function writeBuiltFile(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.gz`, gzipSync(text));
  writeFileSync(`${file}.br`, brotliCompressSync(text));
}

describe('serving the built web UI', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'thidua-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeBuiltFile(path.join(dist, 'index.html'), INDEX);
  writeBuiltFile(path.join(dist, 'assets', 'app-abc123.js'), SCRIPT);
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = await buildApp({ database, logLevel: 'silent', webDist: dist });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers page paths with index.html, assets with long caching, and unknown API paths with JSON', async () => {
    const page = await app.inject({ method: 'GET', url: '/tai-khoan?page=2' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Thi đua</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const traversal = await app.inject({ method: 'GET', url: '/assets/../../etc/passwd' });
    expect(traversal.body).not.toContain('root:');
    const api = await app.inject({ method: 'GET', url: '/api/khong-co' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('sends the brotli file to a browser that accepts br, the gzip one to one that accepts only gzip', async () => {
    const url = '/assets/app-abc123.js';
    const br = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const gzip = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('compresses index.html too, and never lets it be cached without asking again, whatever the path', async () => {
    for (const url of ['/', '/index.html', '/nhan-su/12']) {
      const page = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(INDEX);
      expect(page.headers['content-type'], url).toMatch(/text\/html/);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers.vary, url).toMatch(/accept-encoding/i);
    }
  });
});
