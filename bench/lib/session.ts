/** Signs in through the real API, as the web UI does: CSRF token and cookie first, then the login. */

const SESSION_COOKIE = 'thidua_session';

export interface Credentials {
  username: string;
  password: string;
}

export interface SignedIn {
  /** `thidua_session=<token>`, ready for a `cookie` header. */
  cookie: string;
  adminUnitId: string;
}

/** The few cookies of one client, kept from `set-cookie` headers by hand. */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  keep(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';', 1)[0]!;
      const equals = pair.indexOf('=');
      if (equals > 0) this.cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
  }

  header(names: readonly string[] = [...this.cookies.keys()]): string {
    return names
      .filter((name) => this.cookies.has(name))
      .map((name) => `${name}=${this.cookies.get(name)}`)
      .join('; ');
  }
}

export async function signIn(baseUrl: string, credentials: Credentials): Promise<SignedIn> {
  const jar = new CookieJar();
  const sessionResponse = await fetch(`${baseUrl}/api/auth/session`);
  const { csrfToken } = (await expectOk(sessionResponse, 'GET /api/auth/session')) as { csrfToken: string };
  jar.keep(sessionResponse);

  const loginResponse = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: jar.header() },
    body: JSON.stringify(credentials),
  });
  const login = (await expectOk(loginResponse, 'POST /api/auth/login')) as {
    user: { adminUnit: { id: string } };
  };
  jar.keep(loginResponse);

  const cookie = jar.header([SESSION_COOKIE]);
  if (!cookie) throw new Error(`the login answered without a ${SESSION_COOKIE} cookie`);
  return { cookie, adminUnitId: login.user.adminUnit.id };
}

async function expectOk(response: Response, what: string): Promise<unknown> {
  const body = await response.text();
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${body}`);
  return JSON.parse(body);
}
