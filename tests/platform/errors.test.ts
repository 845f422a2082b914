import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, ErrorCode, LoomaError } from '../../platform/errors.ts';
import { createLogger } from '../../platform/logger.ts';

const format = createErrorFormatter(createLogger('test', 'silent'));

describe('the error formatter', () => {
  it('keeps the code and details of a LoomaError that a plugin hook threw (Apollo wraps it as originalError)', () => {
    const cause = new LoomaError(ErrorCode.STORE_UNAVAILABLE, 'Redis is not answering; try again shortly', { store: 'redis' });
    const wrapped = new GraphQLError(cause.message, { originalError: cause, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(format({ message: wrapped.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped)).toEqual({
      message: 'Redis is not answering; try again shortly',
      extensions: { code: 'STORE_UNAVAILABLE', store: 'redis' },
    });
  });

  it('hides anything else behind INTERNAL_SERVER_ERROR, without a stack trace', () => {
    const error = new GraphQLError('connect ECONNREFUSED 10.0.0.7:5432', {
      originalError: new Error('connect ECONNREFUSED 10.0.0.7:5432'),
    });
    const formatted = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
