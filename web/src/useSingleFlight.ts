import { useRef } from 'react';

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
