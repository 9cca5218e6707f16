/** Loading a server resource into a component: loading / error / ready, with retry. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './api';
import { failureOf, type Failure } from './failure';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'error'; failure: Failure; message: string; reload: () => void }
  /** `offline`: a reload found no network, and `data` is the copy loaded before. */
  | { state: 'ready'; data: T; offline: boolean; reload: () => void };

type State<T> =
  | { state: 'loading' }
  | { state: 'error'; failure: Failure; message: string }
  | { state: 'ready'; data: T; offline: boolean };

/**
 * Runs `load` on mount and whenever `deps` change; a newer load aborts the older one so a fast
 * filter change can never show stale rows. A failed load says what failed (see failure.ts);
 * a reload that finds no network keeps the copy already on screen.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<State<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  // The last data for these deps; forgotten when they change (declared first, so it runs first).
  const last = useRef<{ data: T } | null>(null);
  useEffect(() => {
    last.current = null;
  }, deps);

  useEffect(() => {
    const ctrl = new AbortController();
    setState({ state: 'loading' });
    loadRef
      .current(ctrl.signal)
      .then((data) => {
        if (ctrl.signal.aborted) return;
        last.current = { data };
        setState({ state: 'ready', data, offline: false });
      })
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return;
        const failure = failureOf(err);
        if (failure === 'offline' && last.current) {
          setState({ state: 'ready', data: last.current.data, offline: true });
        } else {
          setState({ state: 'error', failure, message: errorText(err) });
        }
      });
    return () => ctrl.abort();
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload } as Resource<T>;
}
