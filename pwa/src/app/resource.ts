/** Loading a server resource into a component: loading / error / ready, with retry. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './api';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'error'; message: string; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

/**
 * Runs `load` on mount and whenever `deps` change; a newer load aborts the older one so a fast
 * filter change can never show stale rows.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<
    { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: T }
  >({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ state: 'loading' });
    loadRef
      .current(ctrl.signal)
      .then((data) => {
        if (!ctrl.signal.aborted) setState({ state: 'ready', data });
      })
      .catch((err: unknown) => {
        if (!ctrl.signal.aborted) setState({ state: 'error', message: errorText(err) });
      });
    return () => ctrl.abort();
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload } as Resource<T>;
}
