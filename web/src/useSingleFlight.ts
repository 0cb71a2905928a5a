import { useRef, useState } from 'react';

/**
 * A click handler that starts `run` only when the previous run has settled. A double click fires twice
 * before the button can show it is busy: without this it sent two requests and made two drafts.
 * `run` reports its own errors (a mutation's onError); they are not rethrown here.
 */
export function useSingleFlight(run: () => Promise<unknown>): () => void {
  const busy = useRef(false);
  return () => {
    if (busy.current) return;
    busy.current = true;
    void run().catch(() => undefined).finally(() => { busy.current = false; });
  };
}

/**
 * One Idempotency-Key per submission of a form: the same key for every repeat of that submission (a
 * double click, a retry after a lost answer), a new one once it has succeeded.
 */
export function useIdempotencyKey(): { key: string; renew: () => void } {
  const [key, setKey] = useState(newKey);
  return { key, renew: () => setKey(newKey()) };
}

// getRandomValues, not randomUUID: the latter exists only on HTTPS, and an office may open danvan by its LAN address.
const newKey = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
