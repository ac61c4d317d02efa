import { ServiceError, type ErrorInfo, type Result, isErrorCode } from './errors';
import { isMethodName, methods, type MethodName, type MethodResult, type ParsedArgs } from './methods';

/** The services' side of the contract: one async handler per method. */
export type Handlers = {
  [M in MethodName]: (args: ParsedArgs<M>) => Promise<MethodResult<M>> | MethodResult<M>;
};

export interface DispatchLog {
  error(message: string, error: unknown): void;
}

/**
 * Validates the arguments, calls the handler, validates the result and wraps
 * everything in the `{ ok, value } | { ok, error }` envelope. Used by both
 * transports, so they answer bad input identically. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  args: unknown,
  log?: DispatchLog,
): Promise<Result<unknown>> {
  if (!isMethodName(name)) {
    return fail('UNKNOWN_METHOD', `unknown method: ${String(name).slice(0, 100)}`);
  }
  const spec = methods[name];
  const parsedArgs = spec.args.safeParse(args ?? {});
  if (!parsedArgs.success) {
    return fail('INVALID_ARGUMENTS', `${name}: ${parsedArgs.error.issues.map(describeIssue).join('; ')}`);
  }
  let value: unknown;
  try {
    const handler = handlers[name] as (a: unknown) => unknown;
    value = await handler(parsedArgs.data);
  } catch (error) {
    if (error instanceof ServiceError && isErrorCode(error.code)) {
      return fail(error.code, error.message);
    }
    log?.error(`${name} failed`, error);
    return fail('INTERNAL', error instanceof Error ? error.message : String(error));
  }
  const parsedResult = spec.result.safeParse(value);
  if (!parsedResult.success) {
    log?.error(`${name} returned an invalid result`, parsedResult.error);
    return fail('INVALID_RESULT', `${name}: ${parsedResult.error.issues.map(describeIssue).join('; ')}`);
  }
  return { ok: true, value: parsedResult.data };
}

function fail(code: ErrorInfo['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
}
