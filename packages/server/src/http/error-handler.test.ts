import { describe, expect, it } from 'vitest';
import { testDatabaseModes } from '../test/test-database';
import { useTestApp } from '../test/test-app';
import { TestClient } from '../test/test-client';
import { PASSWORD } from '../test/fixtures';

const ENGLISH = /\b(Expected|Invalid|required|must|Error|undefined|string)\b/;

describe.each(testDatabaseModes())('error answers on %s', (mode) => {
  const ctx = useTestApp(mode);

  it('answers invalid input with { error: { code, message, fields } } in Vietnamese, naming each field', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const response = await client.post('/api/users', {
      username: 'A B',
      displayName: '',
      role: 'vua',
      password: 'ngan',
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual({
      username:
        '«Tên đăng nhập» chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới; dài 3–40 ký tự.',
      displayName: '«Họ và tên» không được để trống.',
      role: expect.stringMatching(/^«Vai trò» phải là một trong các giá trị: province_admin, /),
      adminUnitId: '«Đơn vị hành chính» là bắt buộc.',
      password: '«Mật khẩu» cần ít nhất 8 ký tự.',
    });
    expect(error.message).toMatch(/^Dữ liệu chưa hợp lệ: «Tên đăng nhập» /);
    expect(error.message).not.toMatch(ENGLISH);
  });

  it('names nested fields by their label, in query strings too', async () => {
    const client = await TestClient.signedIn(ctx.app, 'tinh.97', PASSWORD);
    const bad = await client.post('/api/communes', {
      code: '123',
      name: 'Phường Mới',
      level: 'ward',
      merger: {
        effectiveDate: '2025-13-01',
        legalBasis: 'NQ 1',
        formerUnits: [{ code: 'x', name: 'Cũ', level: 'ward' }],
      },
    });
    expect(bad.json().error.fields).toMatchObject({
      code: '«Mã xã, phường» gồm đúng 5 chữ số.',
      'merger.effectiveDate': '«Ngày sáp nhập có hiệu lực» không đúng định dạng ngày (năm-tháng-ngày).',
      'merger.formerUnits.0.code': '«Mã xã, phường» gồm đúng 5 chữ số.',
    });
    const query = await client.get('/api/users?pageSize=1000');
    expect(query.json().error.fields).toEqual({
      pageSize: '«Số dòng mỗi trang» phải nhỏ hơn hoặc bằng 100.',
    });
  });

  it('answers malformed JSON and unknown routes in Vietnamese without internals', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/json', cookie: '', 'x-csrf-token': client.csrfToken },
      payload: '{ "username": ',
    });
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.json().error.message).not.toMatch(ENGLISH);
    const missing = await client.get('/api/khong-co');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toEqual({
      code: 'ROUTE_NOT_FOUND',
      message: 'Không có chức năng này.',
      fields: {},
    });
  });

  it('answers 404 for an id that does not exist, and a Vietnamese field error for one that is not an id', async () => {
    const client = await TestClient.signedIn(ctx.app, 'canbo.a', PASSWORD);
    expect((await client.get('/api/users/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    const notId = await client.get('/api/users/abc');
    expect(notId.statusCode).toBe(400);
    expect(notId.json().error.fields.id).toBe('«Mã định danh» không đúng định dạng mã định danh.');
  });
});
