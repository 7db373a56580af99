import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../../http/app-error';

export interface LoginThrottleOptions {
  /** Failed attempts allowed for one username from one address within the window. */
  failuresPerUser: number;
  /** Failed attempts allowed from one address, whatever the username. */
  failuresPerAddress: number;
  windowSeconds: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleOptions = {
  failuresPerUser: 5,
  failuresPerAddress: 30,
  windowSeconds: 15 * 60,
};

/**
 * Limits sign-in attempts (the brute-force pattern of rate-limiter-flexible). An attempt is counted
 * before its password is checked, in one atomic step, so simultaneous attempts cannot all pass a
 * check made before any of them failed; a right password gives its count back. Once a limit is
 * reached, further attempts are refused with 429 until the window passes, even with the right password.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(options: LoginThrottleOptions = DEFAULT_LOGIN_THROTTLE) {
    this.byUser = new RateLimiterMemory({ points: options.failuresPerUser, duration: options.windowSeconds });
    this.byAddress = new RateLimiterMemory({
      points: options.failuresPerAddress,
      duration: options.windowSeconds,
    });
  }

  /** Counts one attempt for the user at the address and for the address; throws 429 past a limit. */
  async beginAttempt(username: string, address: string): Promise<void> {
    const results = await Promise.allSettled([
      this.byUser.consume(userKey(username, address)),
      this.byAddress.consume(address),
    ]);
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (!refused.length) return;
    const waits = refused.map((r) => {
      if (r instanceof RateLimiterRes) return r.msBeforeNext;
      throw r;
    });
    throw new AppError('AUTH_RATE_LIMITED', 429, {
      minutes: Math.max(1, Math.ceil(Math.max(...waits) / 60_000)),
    });
  }

  /** The password was right: the user's failures are forgotten and the address gets its count back. */
  async recordSuccess(username: string, address: string): Promise<void> {
    await Promise.all([this.byUser.delete(userKey(username, address)), this.byAddress.reward(address, 1)]);
  }
}

const userKey = (username: string, address: string) => `${username}|${address}`;
