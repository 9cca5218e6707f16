/**
 * Error boundaries: one around each role's shell and one around each screen, so that a screen
 * that throws while rendering, or whose chunk cannot be fetched, shows a calm message with
 * "try again" and a way home, while the header, the navigation and the banners keep working.
 */
import { Component, Fragment, type ComponentChildren, type ComponentType } from 'preact';
import { useLocation } from 'preact-iso';
import { C } from './common.strings';
import { failureOf } from './failure';
import { t } from './i18n';
import { useDocumentTitle } from './title';

interface Props {
  /** Names the screen in the console log, e.g. "case" or "staff". */
  area: string;
  /** The role's first screen: where "返回首页" goes. */
  home: string;
  /** Render the message as the page's <main> (a shell failed, so there is no <main> around). */
  main?: boolean;
  children: ComponentChildren;
}

interface State {
  error: unknown;
  failed: boolean;
  /** Bumped by "try again": the children are mounted afresh (and a lazy chunk fetched again). */
  attempt: number;
}

export class Boundary extends Component<Props, State> {
  override state: State = { error: null, failed: false, attempt: 0 };

  override componentDidCatch(error: unknown): void {
    console.error(`[xuke] the "${this.props.area}" screen failed at ${routeNow()}`, error);
    this.setState({ error, failed: true });
  }

  retry = (): void => {
    this.setState((s) => ({ error: null, failed: false, attempt: s.attempt + 1 }));
  };

  override render() {
    const { failed, error, attempt } = this.state;
    if (!failed) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    const box = (
      <ScreenFailed
        notLoaded={failureOf(error) === 'offline'}
        home={this.props.home}
        onRetry={this.retry}
      />
    );
    return this.props.main ? (
      <main id="main" class="boot-main">
        {box}
      </main>
    ) : (
      box
    );
  }
}

function routeNow(): string {
  return typeof location === 'undefined' ? '?' : location.pathname + location.search;
}

function ScreenFailed(props: { notLoaded: boolean; home: string; onRetry: () => void }) {
  useDocumentTitle(t(props.notLoaded ? C.screenNotLoaded : C.screenCrashed));
  return (
    <section
      class="screen-failed"
      role="alert"
      data-testid="screen-failed"
      data-kind={props.notLoaded ? 'not-loaded' : 'crashed'}
    >
      <h1>{t(props.notLoaded ? C.screenNotLoaded : C.screenCrashed)}</h1>
      <p>{t(props.notLoaded ? C.screenNotLoadedBody : C.screenCrashedBody)}</p>
      <div class="button-row">
        <button type="button" class="btn btn-primary" onClick={props.onRetry}>
          {t(C.retry)}
        </button>
        {/* Also resets the boundary: going home from a broken home screen must mount it again. */}
        <a class="btn" href={props.home} onClick={props.onRetry}>
          {t(C.home)}
        </a>
      </div>
    </section>
  );
}

/**
 * A route's component inside its own boundary, reset whenever the URL changes (so leaving a
 * broken /apply/1 for /apply/2 shows the new case, not the old message).
 */
export function guarded<P extends object>(
  area: string,
  home: string,
  Screen: ComponentType<P>,
): ComponentType<P> {
  function Guarded(props: P) {
    const { path } = useLocation();
    return (
      <Boundary key={path} area={area} home={home}>
        <Screen {...props} />
      </Boundary>
    );
  }
  Guarded.displayName = `Guarded(${area})`;
  return Guarded;
}
