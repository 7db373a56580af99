import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import fastifyStatic from '@fastify/static';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { setValidationToday } from '@thidua/domain';
import type { AppContext, TypedApp } from './app-context';
import type { DatabaseHandle } from './db/database';
import { appliedSchemaVersion, codeSchemaVersion } from './db/schema-version';
import { registerErrorHandler } from './http/error-handler';
import { loggableErrors } from './db/errors';
import { registerUnsafeInputCheck } from './http/unsafe-input';
import { todayInVietnam } from './http/today';
import { findSessionUser, SESSION_COOKIE } from './features/auth/sessions';
import { LoginThrottle, type LoginThrottleOptions } from './features/auth/login-throttle';
import { registerAuthRoutes } from './features/auth/auth-routes';
import { registerSetupRoutes } from './features/setup/setup-routes';
import { registerAdminUnitRoutes } from './features/admin-units/admin-unit-routes';
import { registerUserRoutes } from './features/users/user-routes';
import { registerAuditRoutes } from './features/audit/audit-routes';
import { registerHomeRoutes } from './features/home/home-routes';
import { registerOrganisationRoutes } from './features/organisation/organisation-routes';
import { registerImportRoutes } from './features/imports/import-routes';
import { registerEmulationYearRoutes } from './features/emulation-year/emulation-year-routes';
import { registerScoringRoutes } from './features/scoring/scoring-routes';
import { registerDisciplineRoutes } from './features/discipline/discipline-routes';
import { registerPeriodTargetRoutes } from './features/emulation-year/period-target-routes';
import { registerAchievementRoutes } from './features/achievements/achievement-routes';
import { registerRegistrationRoutes } from './features/registrations/registration-routes';
import { registerMovementRoutes } from './features/movements/movement-routes';
import { registerPactRoutes } from './features/pacts/pact-routes';
import { registerFileRoutes } from './features/files/file-routes';
import { registerRuleSettingsRoutes } from './features/rule-settings/rule-settings-routes';
import { ImportJobs } from './features/imports/import-jobs';
import './http/request-user';
import { COMMUNE_PREFIX, communeScope } from './http/commune-scope';

export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface AppOptions {
  database: DatabaseHandle;
  logLevel?: string;
  /** Where the JSON log lines go (standard output by default). */
  logStream?: { write(line: string): void };
  sessionHours?: number;
  cookieSecure?: boolean;
  loginThrottle?: LoginThrottleOptions;
  /** The built web UI to serve; null serves the API only. */
  webDist?: string | null;
}

/** The features whose routes hold one commune's data: all under `/api/communes/:communeId`. */
const COMMUNE_FEATURES = [
  registerOrganisationRoutes,
  registerImportRoutes,
  registerEmulationYearRoutes,
  registerScoringRoutes,
  registerDisciplineRoutes,
  registerPeriodTargetRoutes,
  registerAchievementRoutes,
  registerRegistrationRoutes,
  registerMovementRoutes,
  registerPactRoutes,
  registerFileRoutes,
];

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes that never look at the user: no session lookup for them (health is polled often).
const ANONYMOUS_PREFIXES = ['/api/health', '/api/docs'];

export async function buildApp(options: AppOptions): Promise<TypedApp> {
  // Birth dates and documents are checked against today's date in Vietnam.
  setValidationToday(() => todayInVietnam());
  const logger: FastifyServerOptions['logger'] = {
    level: options.logLevel ?? 'info',
    // Never log secrets, even if a future route logs headers or bodies.
    redact: [
      'req.headers.cookie',
      'req.headers["x-csrf-token"]',
      'res.headers["set-cookie"]',
      '*.password',
      '*.passwordHash',
    ],
    // Before pino serialises an error: failed statements lose their parameters (db/errors).
    formatters: { log: loggableErrors },
    ...(options.logStream ? { stream: options.logStream } : {}),
  };
  const app = Fastify({ logger, genReqId: () => crypto.randomUUID() }).withTypeProvider<
    import('fastify-type-provider-zod').ZodTypeProvider
  >() as TypedApp;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerUnsafeInputCheck(app);

  const ctx: AppContext = {
    db: options.database.db,
    mode: options.database.mode,
    loginThrottle: new LoginThrottle(options.loginThrottle),
    sessionHours: options.sessionHours ?? 12,
    cookieSecure: options.cookieSecure ?? false,
    importJobs: new ImportJobs(options.database.db, app.log),
  };

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    // Served over plain HTTP on a ward's laptop: HSTS only makes sense behind HTTPS.
    hsts: ctx.cookieSecure,
  });
  await app.register(cookie);
  await app.register(csrf, {
    cookieKey: 'thidua_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: ctx.cookieSecure },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });

  app.decorateRequest('user', null);
  // Decided on the route the router matched (after it decoded the path), never on the raw URL, which
  // a client may spell `/%61pi/…` and still reach an API route.
  app.addHook('onRequest', async (request) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/api/') || ANONYMOUS_PREFIXES.some((p) => route.startsWith(p))) return;
    const token = request.cookies[SESSION_COOKIE];
    request.user = token ? await findSessionUser(ctx.db, token) : null;
  });
  // Every state-changing request carries the token that GET /api/auth/session handed out, whatever
  // its path and whether or not a route matches: only the API has such routes, so nothing is lost.
  app.addHook('onRequest', (request, reply, done) => {
    if (UNSAFE_METHODS.has(request.method)) return app.csrfProtection(request, reply, done);
    done();
  });

  // Office machines are shared: no answer holding a person's data may stay in the browser's cache.
  // Downloads set their own header; every JSON answer without one is never stored.
  app.addHook('onSend', async (_request, reply) => {
    if (!reply.hasHeader('cache-control') && String(reply.getHeader('content-type')).includes('json'))
      reply.header('cache-control', 'no-store');
  });

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Thi đua, Khen thưởng số — API',
        version: '0.1.0',
        description:
          'API của phần mềm quản lý thi đua, khen thưởng. Đăng nhập bằng cookie phiên; mọi yêu cầu thay đổi dữ liệu gửi kèm tiêu đề `x-csrf-token` lấy từ `GET /api/auth/session`. Lỗi luôn có dạng `{ error: { code, message, fields } }`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // Swagger UI sets inline styles; and a ward serves plain HTTP, where upgrading requests breaks the page.
    transformStaticCSP: (header) =>
      header
        .replace("style-src 'self' https:", "style-src 'self' 'unsafe-inline'")
        .replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  const version = codeSchemaVersion();
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['Hệ thống'],
        summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
        response: {
          200: z.object({
            status: z.literal('ok'),
            database: z.object({
              mode: z.enum(['pglite', 'postgres']).describe('CSDL nhúng (PGlite) hoặc máy chủ PostgreSQL'),
              schemaVersion: z.number().int().describe('Số lần cập nhật cấu trúc CSDL đã áp dụng'),
              latestMigration: z.string().describe('Lần cập nhật cấu trúc mới nhất của mã nguồn'),
            }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      database: {
        mode: ctx.mode,
        schemaVersion: await appliedSchemaVersion(ctx.db),
        latestMigration: version.latest,
      },
    }),
  );

  registerSetupRoutes(app, ctx);
  registerAuthRoutes(app, ctx);
  registerAdminUnitRoutes(app, ctx);
  registerRuleSettingsRoutes(app, ctx);
  registerUserRoutes(app, ctx);
  registerAuditRoutes(app, ctx);
  registerHomeRoutes(app, ctx);
  await app.register(
    communeScope(ctx.db, (commune) => {
      for (const registerRoutes of COMMUNE_FEATURES) registerRoutes(commune, ctx);
    }),
    { prefix: COMMUNE_PREFIX },
  );
  // A running import finishes (or rolls back) before the database closes.
  app.addHook('onClose', () => ctx.importJobs.idle());

  const webDist = options.webDist === undefined ? DEFAULT_WEB_DIST : options.webDist;
  if (webDist && existsSync(path.join(webDist, 'index.html'))) await serveWeb(app, webDist);
  return app;
}

/**
 * The built single-page UI: hashed assets cached for good, index.html revalidated every time, every
 * page path answered with index.html. The build writes .br and .gz beside each text file; the one
 * the browser accepts is sent (with `Vary: Accept-Encoding`), so nothing is compressed per request.
 */
async function serveWeb(app: TypedApp, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    preCompressed: true,
    setHeaders: (reply, filePath) => {
      if (filePath.includes(`${path.sep}assets${path.sep}`))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      else if (path.basename(filePath).startsWith('index.html')) reply.header('cache-control', 'no-cache');
    },
  });
  // Every built file has its own route (wildcard: false); any other page path is the app's.
  app.get('/*', (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
