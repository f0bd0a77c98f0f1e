// Loads the "Your assessments" list only when it is shown, so the home screen (the first
// route) does not carry the list or the knowledge base's condition names it needs.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/** The saved-assessments list, loaded on first render. */
export function LazySavedAssessments() {
  const [List, setList] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    import("./saved-assessments.tsx").then(
      (module) => {
        if (current) {
          setList(() => module.SavedAssessments);
        }
      },
      () => {
        if (current) {
          setFailed(true);
        }
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (failed) {
    return <p>Your saved assessments could not be loaded. Reload the page to try again.</p>;
  }
  return List === null ? <p class="loading">Loading your assessments…</p> : <List />;
}
