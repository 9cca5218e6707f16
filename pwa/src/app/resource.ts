/** Loading a server resource into a component: loading / error / ready, with retry. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from './api';
import { failureOf, type Failure } from './failure';

export type Resource<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'error'; failure: Failure; message: string; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void };

type State<T> =
  | { state: 'loading' }
  | { state: 'error'; failure: Failure; message: string }
  | { state: 'ready'; data: T };

/**
 * Runs `load` on mount and whenever `deps` change; a newer load aborts the older one so a fast
 * filter change can never show stale rows. A failed load says what failed (see failure.ts).
 * `reload()` (same deps) keeps what is shown until the fresh data is in: the screen does not
 * blink to a spinner, and the focus and scroll position stay where the user left them.
 */
export function useResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: readonly unknown[],
): Resource<T> {
  const [state, setState] = useState<State<T>>({ state: 'loading' });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const lastDeps = useRef<readonly unknown[] | null>(null);
  useEffect(() => {
    const ctrl = new AbortController();
    const same =
      lastDeps.current !== null &&
      lastDeps.current.length === deps.length &&
      lastDeps.current.every((d, i) => Object.is(d, deps[i]));
    lastDeps.current = deps;
    if (!same) setState({ state: 'loading' });
    else setState((s) => (s.state === 'ready' ? s : { state: 'loading' }));
    loadRef
      .current(ctrl.signal)
      .then((data) => {
        if (!ctrl.signal.aborted) setState({ state: 'ready', data });
      })
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return;
        setState({ state: 'error', failure: failureOf(err), message: errorText(err) });
      });
    return () => ctrl.abort();
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload } as Resource<T>;
}
