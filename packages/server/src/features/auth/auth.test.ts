import { describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../../test/test-database';
import { useTestApp } from '../../test/test-app';
import { TestClient } from '../../test/test-client';
import { PASSWORD } from '../../test/fixtures';

describe.each(testDatabaseModes())('sign-in, sessions and CSRF on %s', (mode) => {
  const ctx = useTestApp(mode, {
    loginThrottle: { failuresPerUser: 3, failuresPerAddress: 6, windowSeconds: 600 },
  });

  it('signs in with the right password and sets an httpOnly SameSite session cookie', async () => {
    const client = new TestClient(ctx.app);
    const response = await client.signIn('canbo.a', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json().user).toMatchObject({
      username: 'canbo.a',
      role: 'commune_officer',
      adminUnit: { code: '97001' },
    });
    const cookie = response.cookies.find((c) => c.name === 'thidua_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect((await client.get('/api/auth/session')).json().user.username).toBe('canbo.a');
  });

  it('refuses a wrong password with a Vietnamese message and no session', async () => {
    const client = new TestClient(ctx.app);
    const response = await client.signIn('canbo.b', 'sai-mat-khau', '10.0.0.1');
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({
      code: 'AUTH_INVALID_CREDENTIALS',
      message: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    });
    expect(response.cookies.some((c) => c.name === 'thidua_session')).toBe(false);
    expect((await client.get('/api/auth/session')).json().user).toBeNull();
  });

  it('answers an unknown username exactly like a wrong password', async () => {
    const response = await new TestClient(ctx.app).signIn('khong.co.ai', 'sai-mat-khau', '10.0.0.2');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
  });

  it('rate-limits repeated failures: after the limit even the right password is refused with 429', async () => {
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 3; i++)
      expect((await client.signIn('thanhvien.b', 'sai', '10.0.0.3')).statusCode).toBe(401);
    const blocked = await client.signIn('thanhvien.b', PASSWORD, '10.0.0.3');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('AUTH_RATE_LIMITED');
    expect(blocked.json().error.message).toMatch(
      /^Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/,
    );
    // Another address is not blocked for that user, so one attacker cannot lock an officer out everywhere.
    expect((await client.signIn('thanhvien.b', PASSWORD, '10.0.0.4')).statusCode).toBe(200);
  });

  it('limits failures per address across usernames', async () => {
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 6; i++) await client.signIn(`nguoi${i}`, 'sai', '10.0.0.5');
    expect((await client.signIn('canbo.a', PASSWORD, '10.0.0.5')).statusCode).toBe(429);
  });

  it('counts concurrent attempts before checking the password: 40 at once (39 wrong, 1 right) sign nobody in', async () => {
    const client = new TestClient(ctx.app);
    const attempts = Array.from({ length: 40 }, (_, i) =>
      client.request(
        'POST',
        '/api/auth/login',
        { username: 'thanhvien.a', password: i === 39 ? PASSWORD : `sai-${i}` },
        { remoteAddress: '10.0.1.1' },
      ),
    );
    const responses = await Promise.all(attempts);
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    // As many wrong guesses are checked as the limit allows; every other attempt is refused unchecked.
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(37);
    expect(responses.some((r) => r.cookies.some((c) => c.name === 'thidua_session'))).toBe(false);
  });

  it('counts concurrent attempts per address too, whatever the usernames', async () => {
    const client = new TestClient(ctx.app);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        client.request(
          'POST',
          '/api/auth/login',
          { username: i === 19 ? 'canbo.b' : `khach${i}`, password: i === 19 ? PASSWORD : 'sai' },
          { remoteAddress: '10.0.1.2' },
        ),
      ),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(6);
    expect(statuses.filter((s) => s === 429)).toHaveLength(14);
  });

  it('still signs in after a few failures below the limit, and the success clears the count', async () => {
    const client = new TestClient(ctx.app);
    for (let i = 0; i < 2; i++)
      expect((await client.signIn('tinh.96', 'sai', '10.0.1.3')).statusCode).toBe(401);
    expect((await client.signIn('tinh.96', PASSWORD, '10.0.1.3')).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await client.signIn('tinh.96', 'sai', '10.0.1.3')).statusCode).toBe(401);
    expect((await client.signIn('tinh.96', PASSWORD, '10.0.1.3')).statusCode).toBe(200);
  });

  it.each([
    '/%61pi/auth/login',
    '/api/auth/%6Cogin',
    '/api%2Fauth/login',
    '/api%2fauth%2flogin',
    '//api/auth/login',
    '/API/auth/login',
    '/Api/Auth/Login',
    '/api/auth/login/',
    '/api//auth/login',
    '/./api/auth/login',
  ])('refuses sign-in without a CSRF token at the encoded or altered path %s', async (url) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url,
      payload: { username: 'canbo.a', password: PASSWORD },
      remoteAddress: '10.0.1.4',
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_INVALID');
    expect(response.cookies.some((c) => c.name === 'thidua_session')).toBe(false);
  });

  it('refuses an unsafe request to an unknown path without a CSRF token', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const response = await ctx.app.inject({ method, url: '/khong-co/duong-dan', payload: {} });
      expect(response.statusCode).toBe(403);
    }
  });

  it('reads the session for a routed API path written with an encoding', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await client.get('/%61pi/auth/session');
    expect(response.json().user?.username).toBe('canbo.a');
  });

  it('refuses a state-changing request without a CSRF token, and one with a wrong token', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const body = { address: 'Địa chỉ mới' };
    const url = `/api/admin-units/${ctx.seed.communeA.id}`;
    const missing = await client.patch(url, body, { csrf: false });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toMatchObject({ code: 'CSRF_INVALID', fields: {} });
    client.csrfToken = 'gia-mao';
    expect((await client.patch(url, body)).statusCode).toBe(403);
    await client.fetchCsrf();
    expect((await client.patch(url, body)).statusCode).toBe(200);
  });

  it('refuses sign-in itself without a CSRF token', async () => {
    const client = new TestClient(ctx.app);
    const response = await client.post(
      '/api/auth/login',
      { username: 'canbo.a', password: PASSWORD },
      { csrf: false },
    );
    expect(response.statusCode).toBe(403);
  });

  it('signs out: the session no longer works', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    expect((await client.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await client.get('/api/auth/session')).json().user).toBeNull();
    expect((await client.get(`/api/admin-units/${ctx.seed.communeA.id}/overview`)).statusCode).toBe(401);
  });

  it('answers 401 with a Vietnamese message to an anonymous read', async () => {
    const response = await new TestClient(ctx.app).get(`/api/admin-units/${ctx.seed.communeA.id}`);
    expect(response.statusCode).toBe(401);
    expect(response.json().error.message).toBe('Vui lòng đăng nhập để tiếp tục.');
  });

  it('describes the session answer in the API docs', async () => {
    const docs = (await new TestClient(ctx.app).get('/api/docs/json')).json();
    for (const [path, method] of [
      ['/api/auth/session', 'get'],
      ['/api/auth/login', 'post'],
    ] as const) {
      const session = docs.paths[path][method].responses['200'].content['application/json'].schema;
      expect(Object.keys(session.properties)).toEqual(['user', 'csrfToken']);
      expect(Object.keys(session.properties.user.properties)).toEqual(
        expect.arrayContaining(['username', 'role', 'roleLabel', 'adminUnit']),
      );
    }
  });
});
