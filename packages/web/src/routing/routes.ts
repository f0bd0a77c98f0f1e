// The route table: every screen of the app, who may see it and whether it appears in the
// main navigation. To add a screen, add a row here (the router, the guards, the page title
// and the nav all follow from it). Big screens that the first route does not need (the
// assessment wizard, the session player) should use preact-iso's `lazy(() => import(…))`
// as their component, so they stay out of the first bundle.
import type { ComponentType } from "preact";
import { lazy } from "preact-iso";
import { AccountPage } from "../pages/account/account-page.tsx";
import { HomePage } from "../pages/home-page.tsx";
import { SignInPage } from "../pages/sign-in-page.tsx";
import { SignUpPage } from "../pages/sign-up-page.tsx";

/** Who may open a route; others are redirected (signed-out people to sign in). */
export type RouteAccess = "anyone" | "signed-in" | "signed-out";

/** One screen of the app. */
export interface AppRoute {
  /** preact-iso path pattern, e.g. "/assessment/:step". */
  readonly path: string;
  /** The document title, before " – Ilio". */
  readonly title: string;
  readonly component: ComponentType;
  readonly access: RouteAccess;
  /** The page works with no network (it reads what the device cached). */
  readonly worksOffline?: true;
  /** Present when the route has a link in the main navigation, shown in table order. */
  readonly nav?: { readonly label: string };
}

/** The assessment screens are large and not needed first, so they load on demand. */
const AssessmentPage = lazy(() =>
  import("../pages/assessment/assessment-page.tsx").then((m) => m.AssessmentPage),
);
const ResultPage = lazy(() =>
  import("../pages/assessment/result-page.tsx").then((m) => m.ResultPage),
);
const SavedResultPage = lazy(() =>
  import("../pages/assessment/saved-result-page.tsx").then((m) => m.SavedResultPage),
);
/** The exercise library loads with its content, on demand. */
const ExerciseListPage = lazy(() =>
  import("../pages/exercises/exercise-list-page.tsx").then((m) => m.ExerciseListPage),
);
const ExercisePage = lazy(() =>
  import("../pages/exercises/exercise-page.tsx").then((m) => m.ExercisePage),
);

/** The home program and its session player load on demand (the player carries the exercise library). */
const ProgramPage = lazy(() =>
  import("../pages/program/program-page.tsx").then((m) => m.ProgramPage),
);
const SessionPage = lazy(() =>
  import("../pages/session/session-page.tsx").then((m) => m.SessionPage),
);

/** Every routed screen. The not-found page is the router's default and is not listed. */
export const ROUTES: readonly AppRoute[] = [
  { path: "/", title: "Home", component: HomePage, access: "anyone", nav: { label: "Home" } },
  {
    path: "/assessment",
    title: "Assessment",
    component: AssessmentPage,
    access: "anyone",
    nav: { label: "Assessment" },
  },
  { path: "/assessment/result", title: "Your result", component: ResultPage, access: "anyone" },
  {
    path: "/assessments/:id",
    title: "Your saved result",
    component: SavedResultPage,
    access: "signed-in",
  },
  {
    path: "/exercises",
    title: "Exercises",
    component: ExerciseListPage,
    access: "anyone",
    nav: { label: "Exercises" },
  },
  { path: "/exercises/:id", title: "Exercise", component: ExercisePage, access: "anyone" },
  {
    path: "/programs/:id",
    title: "Your program",
    component: ProgramPage,
    access: "signed-in",
    worksOffline: true,
  },
  {
    path: "/programs/:id/session",
    title: "Today's session",
    component: SessionPage,
    access: "signed-in",
    worksOffline: true,
  },
  {
    path: "/account",
    title: "Your account",
    component: AccountPage,
    access: "signed-in",
    nav: { label: "Account" },
  },
  {
    path: "/sign-in",
    title: "Sign in",
    component: SignInPage,
    access: "signed-out",
    nav: { label: "Sign in" },
  },
  {
    path: "/sign-up",
    title: "Create an account",
    component: SignUpPage,
    access: "signed-out",
    nav: { label: "Sign up" },
  },
];

/** Whether a route is open to someone in this session state. */
export function isRouteOpen(route: AppRoute, signedIn: boolean): boolean {
  switch (route.access) {
    case "anyone":
      return true;
    case "signed-in":
      return signedIn;
    case "signed-out":
      return !signedIn;
    default: {
      const unreachable: never = route.access;
      return unreachable;
    }
  }
}
