import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ApiError, apiErrorOf, checkedAnswer, errorMessage, NETWORK_ERROR_MESSAGE } from './client';

describe('apiErrorOf', () => {
  it("reads the API's code, Vietnamese message and field messages", () => {
    const error = apiErrorOf(400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu chưa hợp lệ.',
        fields: { fullName: 'Họ và tên: bắt buộc.' },
      },
    });
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([
      400,
      'VALIDATION_FAILED',
      'Dữ liệu chưa hợp lệ.',
    ]);
    expect(error.fields).toEqual({ fullName: 'Họ và tên: bắt buộc.' });
  });

  it('says the server could not be reached when a gateway answers 5xx without the API shape', () => {
    const error = apiErrorOf(502, null);
    expect(error.message).toBe(NETWORK_ERROR_MESSAGE);
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('gives a generic Vietnamese sentence for a 4xx without the API shape', () => {
    const error = apiErrorOf(404, { message: 'Not Found' });
    expect(error.message).not.toContain('Not Found');
    expect(error.message).toMatch(/Đã có lỗi xảy ra/);
  });
});

describe('errorMessage', () => {
  it("shows an API error's message and hides any other error's English text", () => {
    expect(errorMessage(new ApiError(403, 'FORBIDDEN', 'Bạn không có quyền.'))).toBe('Bạn không có quyền.');
    expect(errorMessage(new Error('TypeError: x is undefined'))).toMatch(/Đã có lỗi xảy ra/);
  });
});

describe('checkedAnswer', () => {
  const Schema = z.object({ id: z.string(), total: z.number() });

  it('reads an answer that fits the route’s schema, dropping fields it does not describe', () => {
    expect(checkedAnswer(Schema, { id: 'a', total: 2, extra: true }, '/api/x')).toEqual({
      id: 'a',
      total: 2,
    });
  });

  it('refuses an answer that does not fit, with the generic Vietnamese sentence', () => {
    const error = (() => {
      try {
        checkedAnswer(Schema, { id: 'a', total: '2' }, '/api/x');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(errorMessage(error)).toMatch(/Đã có lỗi xảy ra/);
  });
});
