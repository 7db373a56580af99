import argon2 from 'argon2';

// OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): safe, and fast enough on a ward's laptop.
const OWASP_MINIMUM = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let options: Omit<typeof OWASP_MINIMUM, 'memoryCost' | 'timeCost'> & {
  memoryCost: number;
  timeCost: number;
} = OWASP_MINIMUM;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, options);
}

/**
 * For the test suite only (its setup file calls it): the cheapest argon2id hashes, so the
 * thousands of sign-ins the tests make do not dominate its run time. A hash records its own
 * cost, so verifying follows whatever the hash was made with.
 */
export function useCheapPasswordHashingForTests(): void {
  options = { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 };
}

let dummyHash: Promise<string> | undefined;

/** Verifies against a dummy hash when there is no account, so timing does not reveal which usernames exist. */
export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('không có tài khoản này');
    await argon2.verify(await dummyHash, password);
    return false;
  }
  return argon2.verify(hash, password);
}
