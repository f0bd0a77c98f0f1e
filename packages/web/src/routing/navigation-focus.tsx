// Tells pages whether the person got here by navigating inside the app. After such a
// navigation the page moves focus to its heading, so screen-reader and keyboard users
// hear where they are and continue from the top (a single-page app does not reset focus
// the way a full page load does). On the first load focus is left alone.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useRef } from "preact/hooks";
import { useLocation } from "preact-iso";

const NavigatedContext = createContext(false);

/** Tracks whether the URL has changed since the app started. */
export function NavigationFocusProvider(props: { readonly children: ComponentChildren }) {
  const { url } = useLocation();
  const firstUrl = useRef(url);
  const navigated = useRef(false);
  if (url !== firstUrl.current) {
    navigated.current = true;
  }
  return (
    <NavigatedContext.Provider value={navigated.current}>
      {props.children}
    </NavigatedContext.Provider>
  );
}

/** True once the person has moved to another page inside the app. */
export function useHasNavigated(): boolean {
  return useContext(NavigatedContext);
}
