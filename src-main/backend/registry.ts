import { isMethodName, type MethodName, type MethodResult, type ParsedInput } from '../../src-shared/api';
import type { HandlerContext } from './handler-context';

/**
 * Each domain registers the handlers of the contract methods it implements.
 * A method registered twice, or one that is not in the contract, stops the
 * backend at start rather than surprising someone later.
 */

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodResult<M> | Promise<MethodResult<M>>;

export interface RegisterOptions {
  /** Whether it may run while the data file is unreadable (info, backups, restore). */
  readonly whenUnreadable?: boolean;
}

export interface Registration {
  readonly handler: (input: unknown, ctx: HandlerContext) => unknown;
  readonly whenUnreadable: boolean;
}

export class HandlerRegistry {
  private readonly handlers = new Map<string, Registration>();

  register<M extends MethodName>(method: M, handler: Handler<M>, options: RegisterOptions = {}): void {
    if (!isMethodName(method)) throw new Error(`"${method}" is not a method of the contract.`);
    if (this.handlers.has(method)) throw new Error(`A handler for "${method}" is already registered.`);
    this.handlers.set(method, {
      handler: handler as (input: unknown, ctx: HandlerContext) => unknown,
      whenUnreadable: options.whenUnreadable ?? false,
    });
  }

  get(method: string): Registration | undefined {
    return this.handlers.get(method);
  }

  methods(): string[] {
    return [...this.handlers.keys()];
  }
}
