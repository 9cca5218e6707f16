/**
 * A screen in its own chunk, fetched the first time it is shown. Unlike preact-iso's `lazy`,
 * a failed fetch is not remembered: it is thrown to the screen's error boundary as a
 * ChunkLoadError ("could not load this page — retry"), and retrying fetches the chunk again.
 */
import type { ComponentType, VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ChunkLoadError } from './api-error';
import { Loading } from './ui';

export function lazyScreen<P extends object>(
  name: string,
  load: () => Promise<ComponentType<P>>,
  placeholder: () => VNode = () => <Loading />,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchOnce = () =>
    (pending ??= load().then(
      (c) => (loaded = c),
      (err: unknown) => {
        pending = null; // the next mount (a retry) fetches again
        throw err;
      },
    ));

  function LazyScreen(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      fetchOnce().then(
        () => live && setReady(true),
        (err: unknown) => live && setFailed(new ChunkLoadError(name, err)),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed;
    if (!loaded) return placeholder();
    const Screen = loaded;
    return <Screen {...props} />;
  }
  LazyScreen.displayName = `Lazy(${name})`;
  return LazyScreen;
}
