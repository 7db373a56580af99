import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../test/fixtures';
import { useTestApp } from '../test/test-app';
import { TestClient } from '../test/test-client';

describe('security headers', () => {
  const ctx = useTestApp('pglite');

  it('forbid framing, sniffing and foreign scripts on every answer', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    // Plain HTTP on a ward's laptop: no HSTS unless the cookie is marked secure (HTTPS).
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('forbid storing any signed-in answer (shared office machines): reads, writes, refusals and sign-in', async () => {
    const client = new TestClient(ctx.app);
    const signIn = await client.signIn('canbo.a', PASSWORD);
    const unit = `/api/admin-units/${ctx.seed.communeA.id}`;
    const answers = [
      signIn,
      await client.get('/api/auth/session'),
      await client.get(unit),
      await client.get(`${unit}/audit`),
      await client.patch(unit, { address: 'Số 1' }),
      await client.get(`/api/admin-units/${ctx.seed.communeB.id}`),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200, 404]);
    for (const answer of answers) {
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(answer.headers['cache-control']).toBe('no-store');
    }
  });
});
