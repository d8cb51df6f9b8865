import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-locale';
import './resilience.css';

interface BoundaryProps {
  /** What to show instead of the children once they threw; `reset` renders them again. */
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode;
  /** A new value (e.g. the route's path) clears the error: navigating away and back retries. */
  resetKey?: unknown;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  error: unknown;
  resetKey: unknown;
}

/** Catches a render error below it, so one broken part never blanks the page. */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey
      ? { failed: false, error: null, resetKey: props.resetKey }
      : null;
  }

  // React reports the error through the root's onCaughtError; nothing else to do here.
  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {}

  reset = () => this.setState({ failed: false, error: null });

  override render() {
    return this.state.failed
      ? this.props.fallback({ error: this.state.error, reset: this.reset })
      : this.props.children;
  }
}

function errorText(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}

/** The message an unexpected error leaves in place of a panel or a screen. */
export function UnexpectedError({
  error,
  onRetry,
  level,
}: {
  error: unknown;
  onRetry: () => void;
  /** 'screen' replaces a whole screen (with its h1); 'panel' one part of it. */
  level: 'screen' | 'panel';
}) {
  const t = useT();
  const title = t(level === 'screen' ? 'resilience.screenError' : 'resilience.panelError');
  return (
    <div className={`state state--error unexpected-error unexpected-error--${level}`} role="alert">
      {level === 'screen' ? <h1>{title}</h1> : <p className="unexpected-error__title">{title}</p>}
      <p>{t('resilience.othersWork')}</p>
      <details className="unexpected-error__detail">
        <summary>{t('resilience.technicalDetail')}</summary>
        <code>{errorText(error)}</code>
      </details>
      <button type="button" className="button" onClick={onRetry}>
        {t('state.retry')}
      </button>
    </div>
  );
}

/** Wraps one panel (a card, a chart, a table): if it throws, the rest of the screen works on. */
export function PanelBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error, reset }) => (
        <UnexpectedError error={error} onRetry={reset} level="panel" />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** Wraps a whole screen; moving to another screen clears the error. */
export function ScreenBoundary({ children, resetKey }: { children: ReactNode; resetKey: unknown }) {
  return (
    <ErrorBoundary
      resetKey={resetKey}
      fallback={({ error, reset }) => (
        <UnexpectedError error={error} onRetry={reset} level="screen" />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
