import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { createTestDatabase } from '../test/test-database';

describe('serving the built web UI', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'thidua-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Thi đua</title>');
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('answers page paths with index.html, assets with long caching, and unknown API paths with JSON', async () => {
    const database = await createTestDatabase('pglite');
    const app = await buildApp({ database, logLevel: 'silent', webDist: dist });
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
    await app.close();
    await database.close();
  });
});
