import type { PinoLogger } from 'nestjs-pino';

/**
 * Runs `sweep` every `intervalMs` on this replica. Sweeps must be safe to run on several replicas at once: each
 * row they change is claimed by a conditional UPDATE, never by an in-process flag.
 */
export class Sweeper {
  private timer: NodeJS.Timeout | null = null;
  private running = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly sweep: () => Promise<number>,
    private readonly logger: PinoLogger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const changed = await this.sweep();
      if (changed > 0) this.logger.info({ sweep: this.name, changed }, 'sweep');
    } catch (error) {
      this.logger.error({ err: error, sweep: this.name }, 'sweep failed');
    } finally {
      this.running = false;
    }
  }
}
