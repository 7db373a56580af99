import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldErrors, messageFor, summariseFieldErrors, type FieldErrors } from '@thidua/domain';
import { AppError } from './app-error';

export interface ErrorBody {
  error: { code: string; message: string; fields: FieldErrors; requestId?: string };
}

/**
 * One place turns every error into `{ error: { code, message, fields } }` with a Vietnamese message.
 * Unknown errors get a generic sentence and the request id; the stack goes only to the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .status(error.status)
        .send(body(error.code, messageFor(error.code, error.params), error.fields));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const schema = request.routeOptions.schema?.[error.validationContext as 'body'] as never;
      const fields = fieldErrors(
        schema,
        error.validation.map((v) => ({
          path: v.instancePath.split('/').filter(Boolean),
          message: v.message ?? '',
        })),
      );
      return reply
        .status(400)
        .send(
          body(
            'VALIDATION_FAILED',
            messageFor('VALIDATION_FAILED', { details: summariseFieldErrors(fields) }),
            fields,
          ),
        );
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', messageFor('PAYLOAD_TOO_LARGE')));
    }
    if (error.code?.startsWith('FST_CSRF')) {
      return reply.status(403).send(body('CSRF_INVALID', messageFor('CSRF_INVALID')));
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, wrong content type and the like: the client's fault, no detail to leak.
      return reply.status(error.statusCode).send(body('BAD_REQUEST', messageFor('BAD_REQUEST')));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send({
      error: {
        ...body('INTERNAL_ERROR', messageFor('INTERNAL_ERROR', { requestId: request.id })).error,
        requestId: request.id,
      },
    });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send(body('ROUTE_NOT_FOUND', messageFor('ROUTE_NOT_FOUND')));
  });
}

function body(code: string, message: string, fields: FieldErrors = {}): ErrorBody {
  return { error: { code, message, fields } };
}
