import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { CHUNK_LOAD_MESSAGE, PAGE_FAILURE_MESSAGE, routeErrorMessage } from './route-error-message';

describe('routeErrorMessage', () => {
  it("shows an API error's own Vietnamese sentence", () => {
    const error = new ApiError(404, 'NOT_FOUND', 'Không tìm thấy nhân sự.');
    expect(routeErrorMessage(error)).toBe('Không tìm thấy nhân sự.');
  });

  it.each([
    'Failed to fetch dynamically imported module: http://x/assets/UsersPage-abc.js',
    'Importing a module script failed.',
    'error loading dynamically imported module',
    'Unable to preload CSS for /assets/a.css',
  ])('explains a page whose code could not be fetched (%s)', (message) => {
    expect(routeErrorMessage(new TypeError(message))).toBe(CHUNK_LOAD_MESSAGE);
  });

  it('never shows the English text of any other error', () => {
    const message = routeErrorMessage(new Error("Cannot read properties of undefined (reading 'name')"));
    expect(message).toBe(PAGE_FAILURE_MESSAGE);
    expect(routeErrorMessage('boom')).toBe(PAGE_FAILURE_MESSAGE);
    expect(routeErrorMessage(undefined)).toBe(PAGE_FAILURE_MESSAGE);
  });
});
