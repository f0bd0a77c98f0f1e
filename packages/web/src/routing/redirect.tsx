// Replaces the current history entry with another path once rendered (used by the route
// guards). Replacing, not pushing, keeps the Back button from bouncing through the guard.
import { useEffect } from "preact/hooks";
import { useLocation } from "preact-iso";

/** Navigates to `to`, replacing the current entry. Renders nothing. */
export function Redirect(props: { readonly to: string }) {
  const { route } = useLocation();
  useEffect(() => {
    route(props.to, true);
  }, [props.to, route]);
  return null;
}
