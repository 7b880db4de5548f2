import { AppError, contract, isMethodName, validationError, type ApiResult } from '../../src-shared/api';
import { isCorruptionError } from '../db';
import type { HandlerContext } from './handler-context';
import type { HandlerRegistry } from './registry';
import { toApiError } from './to-api-error';
import { zodIssuesToFieldIssues } from './zod-issues';

/**
 * One call from a host: known method, input valid against the contract,
 * the data file in a state that allows it, then the handler. Never throws;
 * every failure becomes an ApiError without a stack trace.
 */
export async function dispatch(
  registry: HandlerRegistry,
  ctx: HandlerContext,
  method: unknown,
  input: unknown,
): Promise<ApiResult<unknown>> {
  const name = typeof method === 'string' ? method : String(method);
  try {
    const registration = typeof method === 'string' && isMethodName(method) ? registry.get(method) : undefined;
    if (typeof method !== 'string' || !isMethodName(method) || !registration) {
      throw new AppError('UNKNOWN_METHOD', 'error.unknown_method', `There is no method named "${name.slice(0, 100)}".`);
    }
    const parsed = contract[method].input.safeParse(input);
    if (!parsed.success) throw validationError(zodIssuesToFieldIssues(parsed.error.issues, input));
    await ctx.session.settled();
    if (!registration.whenUnreadable) ctx.session.store();
    const value = await registration.handler(parsed.data, ctx);
    return { ok: true, value };
  } catch (error) {
    if (isCorruptionError(error)) {
      ctx.session.markDamaged(error instanceof Error ? error.message : String(error));
      ctx.events.emit('app-state-changed', { state: 'unreadable' });
      const problem = ctx.session.problem;
      return {
        ok: false,
        error: {
          code: 'DATABASE',
          messageKey: 'error.unreadable',
          message: problem?.message ?? 'The data file is damaged.',
        },
      };
    }
    return { ok: false, error: toApiError(error, name.slice(0, 100)) };
  }
}
