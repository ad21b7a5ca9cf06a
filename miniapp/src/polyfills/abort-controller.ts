type AbortListener = () => void;

/**
 * The part of AbortSignal that @tanstack/query-core uses. Injected by webpack's ProvidePlugin
 * into the mini-program build only (see config/index.ts); browsers have the real one.
 */
export class AbortSignalShim {
  aborted = false;
  reason: unknown = undefined;
  onabort: AbortListener | null = null;
  private listeners: AbortListener[] = [];

  addEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort') this.listeners.push(listener);
  }

  removeEventListener(type: string, listener: AbortListener): void {
    if (type === 'abort') this.listeners = this.listeners.filter((item) => item !== listener);
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  dispatchAbort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.onabort?.();
    this.listeners.forEach((listener) => listener());
    this.listeners = [];
  }
}

export class AbortController {
  readonly signal = new AbortSignalShim();

  abort(reason: unknown = new Error('Aborted')): void {
    this.signal.dispatchAbort(reason);
  }
}
