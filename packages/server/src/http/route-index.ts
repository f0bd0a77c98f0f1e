// Remembers which methods each registered path pattern answers, so the not-found handler
// can tell "no such path" (404) from "path exists, wrong method" (405 with an Allow header,
// RFC 9110 section 15.5.6). Catch-all patterns ("/*", e.g. the static files) are left out:
// they would turn every unknown path into a 405.

interface IndexedRoute {
  readonly method: string;
  readonly matcher: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Compiles a Fastify path pattern ("/a/:id/b") into an anchored RegExp. */
export function compilePathPattern(pattern: string): RegExp {
  const segments = pattern
    .split("/")
    .map((segment) => (segment.startsWith(":") ? "[^/]+" : escapeRegExp(segment)));
  return new RegExp(`^${segments.join("/")}/?$`);
}

/** An index of registered routes, filled from Fastify's onRoute hook. */
export class RouteIndex {
  readonly #routes: IndexedRoute[] = [];

  /** Records a route; catch-all patterns are ignored. */
  add(methods: string | readonly string[], pattern: string): void {
    if (pattern.includes("*")) {
      return;
    }
    const matcher = compilePathPattern(pattern);
    for (const method of typeof methods === "string" ? [methods] : methods) {
      this.#routes.push({ method: method.toUpperCase(), matcher });
    }
  }

  /** The methods registered for a concrete path (query string excluded), sorted. */
  methodsFor(path: string): string[] {
    const methods = new Set<string>();
    for (const route of this.#routes) {
      if (route.matcher.test(path)) {
        methods.add(route.method);
      }
    }
    return [...methods].sort();
  }
}
