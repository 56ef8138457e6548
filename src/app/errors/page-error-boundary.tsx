import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { ErrorView } from './error-view';

interface State {
  failed: boolean;
  error: unknown;
  resetKey: string;
}

class Boundary extends Component<{ resetKey: string; children: ReactNode }, State> {
  state: State = { failed: false, error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, error };
  }

  // Another page is another chance: the error belongs to the page where it happened.
  static getDerivedStateFromProps(props: { resetKey: string }, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, error: undefined, resetKey: props.resetKey };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return <ErrorView error={this.state.error} onRetry={() => this.setState({ failed: false, error: undefined })} />;
  }
}

/**
 * Catches what a dossier page throws while rendering (a page or step form that could not load, a bug)
 * below the dossier header, so the header and its way back stay on screen.
 */
export function PageErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary resetKey={pathname}>{children}</Boundary>;
}
