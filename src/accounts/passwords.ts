import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's first recommended profile (m = 19 MiB, t = 2, p = 1).
const options = { algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under verbatimModuleSyntax */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the username does not exist, so both answers take the same time. */
export const dummyHash = hash('danvan-timing-equaliser', options);
