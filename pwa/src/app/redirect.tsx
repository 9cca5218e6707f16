import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** Replaces the current URL (used for `/` → the role's first screen). */
export function Redirect({ to }: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(to, true), [to]);
  return null;
}
