import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { ERROR_HTTP_STATUS, ErrorCode, isErrorCode } from './errors';

test('every error code has an HTTP status in the 4xx/5xx range', () => {
  for (const code of Object.values(ErrorCode)) {
    const status = ERROR_HTTP_STATUS[code];
    assert.ok(status >= 400 && status < 600, `${code} → ${status}`);
  }
});

test('isErrorCode accepts known codes only', () => {
  assert.equal(isErrorCode('NOT_FOUND'), true);
  assert.equal(isErrorCode('nope'), false);
  assert.equal(isErrorCode(42), false);
});
