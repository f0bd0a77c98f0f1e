// Loads "Your program" only when the signed-in home screen shows it, so the first route does
// not carry the programs API or its decoders. A failed load shows nothing: the rest of the
// home screen still works and the program is one link away in the saved result.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";

/** The "Your program" card, loaded on first render. */
export function LazyYourProgram() {
  const [Card, setCard] = useState<ComponentType | null>(null);
  useEffect(() => {
    let current = true;
    import("./your-program.tsx").then(
      (module) => {
        if (current) {
          setCard(() => module.YourProgram);
        }
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return Card === null ? null : <Card />;
}
