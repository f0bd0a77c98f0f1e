// Keeps the screen on while `active` (the phone lies on the floor, untouched, during a hold)
// with the Screen Wake Lock API, and lets it go when inactive or when the screen closes. The
// browser drops the lock when the tab is hidden, so it is asked for again on return. Browsers
// without the API simply do not get it.
import { useEffect } from "preact/hooks";

/** Holds a screen wake lock while `active` is true. */
export function useWakeLock(active: boolean): void {
  useEffect(() => {
    if (!active || !("wakeLock" in navigator)) {
      return;
    }
    let sentinel: WakeLockSentinel | null = null;
    let current = true;
    const request = () => {
      navigator.wakeLock.request("screen").then(
        (lock) => {
          if (current) {
            sentinel = lock;
          } else {
            void lock.release();
          }
        },
        () => {
          // Refused (battery saver, hidden tab): the session goes on without it.
        },
      );
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") {
        request();
      }
    };
    request();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      current = false;
      document.removeEventListener("visibilitychange", onVisible);
      void sentinel?.release();
    };
  }, [active]);
}
