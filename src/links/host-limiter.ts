/**
 * Total and per-host concurrency for requests. Waiters are served first come, first served among those whose host
 * has room, so one busy host does not hold back the others; a host can be paused (after a 429 / Retry-After).
 */
export type Release = () => void;

interface Waiter {
  host: string;
  grant: (release: Release) => void;
}

export class HostLimiter {
  private active = 0;
  private readonly perHost = new Map<string, number>();
  private readonly pausedUntil = new Map<string, number>();
  private waiters: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** Highest number of requests in flight per host, for the run summary and tests. */
  readonly peakPerHost = new Map<string, number>();

  constructor(
    private readonly total: number,
    private readonly hostLimit: number,
    private readonly now: () => number = Date.now,
  ) {}

  acquire(host: string): Promise<Release> {
    return new Promise((grant) => {
      this.waiters.push({ host, grant });
      this.dispatch();
    });
  }

  /** Hold back new requests to `host` until `until` (ms since the epoch). */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }

  /** Requests waiting per host (for the progress line). */
  queued(): Map<string, number> {
    const out = new Map<string, number>();
    for (const w of this.waiters) out.set(w.host, (out.get(w.host) ?? 0) + 1);
    return out;
  }

  private isPaused(host: string, now: number): boolean {
    const until = this.pausedUntil.get(host);
    if (until === undefined) return false;
    if (until <= now) {
      this.pausedUntil.delete(host);
      return false;
    }
    return true;
  }

  private dispatch(): void {
    const now = this.now();
    let earliestPause = Number.POSITIVE_INFINITY;
    if (this.active >= this.total || this.waiters.length === 0) return;
    const remaining: Waiter[] = [];
    for (let i = 0; i < this.waiters.length; i++) {
      const w = this.waiters[i] as Waiter;
      if (this.active >= this.total) {
        // Full: the rest keep their places without being looked at.
        for (let j = i; j < this.waiters.length; j++) remaining.push(this.waiters[j] as Waiter);
        break;
      }
      const inHost = this.perHost.get(w.host) ?? 0;
      if (inHost >= this.hostLimit) {
        remaining.push(w);
        continue;
      }
      if (this.isPaused(w.host, now)) {
        earliestPause = Math.min(earliestPause, this.pausedUntil.get(w.host) ?? now);
        remaining.push(w);
        continue;
      }
      this.active++;
      this.perHost.set(w.host, inHost + 1);
      this.peakPerHost.set(w.host, Math.max(this.peakPerHost.get(w.host) ?? 0, inHost + 1));
      w.grant(this.releaser(w.host));
    }
    this.waiters = remaining;
    if (Number.isFinite(earliestPause) && this.timer === undefined) {
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.dispatch();
        },
        Math.max(1, earliestPause - now),
      );
    }
  }

  private releaser(host: string): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.active--;
      const n = (this.perHost.get(host) ?? 1) - 1;
      if (n === 0) this.perHost.delete(host);
      else this.perHost.set(host, n);
      this.dispatch();
    };
  }
}
