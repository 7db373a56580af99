import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test/test-app';

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
});
