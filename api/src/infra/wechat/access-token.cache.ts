/** Milliseconds since the epoch; injectable so expiry can be tested without waiting. */
export type Clock = () => number;

export interface IssuedToken {
  token: string;
  expiresInSeconds: number;
}

/** WeChat's stable token rolls over during its last 5 minutes; refresh inside that window. */
const REFRESH_MARGIN_SECONDS = 300;

/**
 * One access token in memory: reused until shortly before it expires, fetched by at most one caller at a
 * time (concurrent callers share the in-flight fetch), and dropped when WeChat says it is no longer valid.
 */
export class AccessTokenCache {
  private current?: { token: string; refreshAt: number };
  private inFlight?: Promise<string>;

  constructor(
    private readonly fetchToken: () => Promise<IssuedToken>,
    private readonly clock: Clock = Date.now,
  ) {}

  get(): Promise<string> {
    if (this.current && this.clock() < this.current.refreshAt) return Promise.resolve(this.current.token);
    this.inFlight ??= this.fetchToken()
      .then(({ token, expiresInSeconds }) => {
        this.current = { token, refreshAt: this.clock() + usableSeconds(expiresInSeconds) * 1000 };
        return token;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  /** Forgets `token` if it is still the cached one; a caller holding an older token must not evict a newer one. */
  invalidate(token: string): void {
    if (this.current?.token === token) this.current = undefined;
  }
}

function usableSeconds(expiresIn: number): number {
  // A short-lived token (never seen from WeChat, but cheap to handle) is used for half its life.
  return Math.max(expiresIn - REFRESH_MARGIN_SECONDS, expiresIn / 2);
}
