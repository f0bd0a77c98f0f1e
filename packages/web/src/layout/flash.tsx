// One-off messages that survive a route change ("You have signed out.", "Your account has
// been deleted."). A page sets the message for the page it is about to open; the layout
// shows it there inside a polite live region, and drops it once the person moves on.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { useLocation } from "preact-iso";

interface FlashState {
  readonly message: string;
  /** Path of the page the message is meant for. */
  readonly path: string;
}

interface Flash {
  readonly message: string | null;
  /** Shows `message` on the page at `path` (usually the one about to be opened). */
  readonly show: (message: string, path: string) => void;
}

const FlashContext = createContext<Flash>({ message: null, show: () => undefined });

/** Holds the current flash message and drops it after its page has been left. */
export function FlashProvider(props: { readonly children: ComponentChildren }) {
  const { path } = useLocation();
  const [flash, setFlash] = useState<FlashState | null>(null);
  const seen = useRef(false);
  if (flash !== null && path === flash.path) {
    seen.current = true;
  }
  useEffect(() => {
    if (flash !== null && seen.current && path !== flash.path) {
      seen.current = false;
      setFlash(null);
    }
  }, [flash, path]);
  const message = flash !== null && path === flash.path ? flash.message : null;
  const value = useMemo<Flash>(
    () => ({
      message,
      show: (next, target) => {
        seen.current = false;
        setFlash({ message: next, path: target });
      },
    }),
    [message],
  );
  return <FlashContext.Provider value={value}>{props.children}</FlashContext.Provider>;
}

/** The flash message and a function to set it. */
export function useFlash(): Flash {
  return useContext(FlashContext);
}

/** Shows the current flash message; an always-present polite live region. */
export function FlashMessage() {
  const { message } = useFlash();
  return (
    <div class="status-region" role="status">
      {message === null ? null : <p class="flash">{message}</p>}
    </div>
  );
}
