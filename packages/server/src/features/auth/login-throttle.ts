import { RateLimiterMemory } from 'rate-limiter-flexible';
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
 * Counts failed sign-ins (the brute-force pattern of rate-limiter-flexible): once a limit is reached,
 * further attempts are refused with 429 until the window passes, even with the right password.
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

  async assertAllowed(username: string, address: string): Promise<void> {
    const [user, ip] = await Promise.all([
      this.byUser.get(`${username}|${address}`),
      this.byAddress.get(address),
    ]);
    const blocked = [
      { res: user, points: this.byUser.points },
      { res: ip, points: this.byAddress.points },
    ].filter((x) => x.res && x.res.consumedPoints >= x.points);
    if (blocked.length) {
      const ms = Math.max(...blocked.map((b) => b.res!.msBeforeNext));
      throw new AppError('AUTH_RATE_LIMITED', 429, { minutes: Math.max(1, Math.ceil(ms / 60_000)) });
    }
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([this.byUser.penalty(`${username}|${address}`, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(username: string, address: string): Promise<void> {
    await this.byUser.delete(`${username}|${address}`);
  }
}
