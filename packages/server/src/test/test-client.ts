import type { LightMyRequestResponse } from 'fastify';
import type { TypedApp } from '../app-context';

/**
 * Sends requests in-process like a browser would: keeps the cookies the server sets and sends the
 * CSRF token from the last session answer on state-changing requests (unless told not to).
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';

  constructor(private readonly app: TypedApp) {}

  static async signedIn(app: TypedApp, username: string, password: string): Promise<TestClient> {
    const client = new TestClient(app);
    const response = await client.signIn(username, password);
    if (response.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${response.body}`);
    return client;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async fetchCsrf(): Promise<void> {
    const response = await this.request('GET', '/api/auth/session');
    this.csrfToken = response.json().csrfToken;
  }

  async signIn(username: string, password: string, ip?: string): Promise<LightMyRequestResponse> {
    const response = await this.request(
      'POST',
      '/api/auth/login',
      { username, password },
      { remoteAddress: ip },
    );
    if (response.statusCode === 200) this.csrfToken = response.json().csrfToken;
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('POST', url, body, options);
  }
  patch(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('PATCH', url, body, options);
  }
  put(url: string, body?: unknown, options?: RequestOptions) {
    return this.request('PUT', url, body, options);
  }
  /** Sends a file's bytes as the body, as the browser's fetch does with a File. */
  upload(
    url: string,
    file: Buffer,
    contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ) {
    return this.request('POST', url, file, { contentType });
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    options: RequestOptions = {},
  ) {
    if (method !== 'GET' && options.csrf !== false && !this.csrfToken) await this.fetchCsrf();
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET' && options.csrf !== false && this.csrfToken)
      headers['x-csrf-token'] = this.csrfToken;
    if (options.contentType) headers['content-type'] = options.contentType;
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: options.remoteAddress ?? '127.0.0.1',
      ...(body === undefined ? {} : { payload: body as object | Buffer }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }
}

export interface RequestOptions {
  csrf?: boolean;
  contentType?: string;
  remoteAddress?: string | undefined;
}
