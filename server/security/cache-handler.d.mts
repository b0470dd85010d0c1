export default class CspCacheHandler {
  constructor(ctx: Record<string, unknown>);
  get(key: string, ctx: Record<string, unknown>): Promise<{ value?: { headers?: Record<string, string> } } | null>;
  set(key: string, data: unknown, ctx: Record<string, unknown>): Promise<void>;
}
