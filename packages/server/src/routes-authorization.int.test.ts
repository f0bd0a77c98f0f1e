// Walks every route the app registers (collected with an onRoute hook) and fails when one
// has no entry in test/routes-authorization.table.ts; then checks each entry against the
// running app: anonymous callers get 401 on protected routes, wrong roles 403, patient
// records only for the patient or a linked clinician. No route can skip this.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../test/databases.ts";
import { Agent } from "../test/support/http-agent.ts";
import { knowledgeBase } from "@ilio/content";
import {
  buildCareLink,
  buildEvaluatedAssessment,
  buildProgram,
  buildUser,
} from "../test/support/factories.ts";
import { buildTestApp, type TestApp } from "../test/support/test-app.ts";
import { decodePlanOrThrow } from "./programs/stored-program.ts";
import {
  AUTHORIZATION_TABLE,
  type AuthorizationContext,
  type AuthorizationEntry,
} from "../test/routes-authorization.table.ts";

type Method = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS";
const METHODS = new Set<string>(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function isMethod(value: string): value is Method {
  return METHODS.has(value);
}

function entryFor(route: string): AuthorizationEntry | undefined {
  return (
    AUTHORIZATION_TABLE[route] ??
    (route.startsWith("HEAD ") ? AUTHORIZATION_TABLE[`GET ${route.slice(5)}`] : undefined)
  );
}

for (const database of DATABASES) {
  describe(`route authorization [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let registered: string[] = [];
    const agents: Record<
      "anonymous" | "patient" | "clinician" | "linkedClinician" | "admin",
      Agent | undefined
    > = {
      anonymous: undefined,
      patient: undefined,
      clinician: undefined,
      linkedClinician: undefined,
      admin: undefined,
    };
    let context: AuthorizationContext;

    beforeAll(async () => {
      test = await database.create();
      const all: string[] = [];
      t = await buildTestApp(test.db, {
        routeObserver: (method, url) => all.push(`${method} ${url}`),
      });
      registered = [...new Set(all)];
      const make = async (role: "patient" | "clinician" | "admin") => {
        const { user, password } = await buildUser(test.db, { role });
        return { user, agent: await new Agent(t.app).signIn(user.email, password) };
      };
      const patient = await make("patient");
      const other = await make("patient");
      const clinician = await make("clinician");
      const linked = await make("clinician");
      const admin = await make("admin");
      await buildCareLink(test.db, { clinicianId: linked.user.id, patientId: other.user.id });
      agents.anonymous = new Agent(t.app);
      await agents.anonymous.primeCsrf();
      agents.patient = patient.agent;
      agents.clinician = clinician.agent;
      agents.linkedClinician = linked.agent;
      agents.admin = admin.agent;
      const otherAssessment = await buildEvaluatedAssessment(
        test.db,
        knowledgeBase,
        other.user.id,
        {
          age: 30,
          sex: "female",
        },
      );
      const { program } = await buildProgram(test.db, knowledgeBase, other.user.id);
      const exerciseId =
        decodePlanOrThrow(program.plan_json).phases[0]?.exercises[0]?.exerciseId ?? "";
      context = {
        otherPatientId: other.user.id,
        otherAssessmentId: otherAssessment.id,
        otherProgramId: program.id,
        otherProgramExerciseId: exerciseId,
      };
    });
    afterAll(async () => {
      await t.app.close();
      await test.destroy();
    });

    it("has an entry in the authorization table for every registered route", () => {
      expect(registered.length).toBeGreaterThan(10);
      const missing = registered.filter((route) => entryFor(route) === undefined);
      expect(missing, "add these routes to test/routes-authorization.table.ts").toEqual([]);
    });

    it("has no stale entries for routes that no longer exist", () => {
      const stale = Object.keys(AUTHORIZATION_TABLE).filter((key) => !registered.includes(key));
      expect(stale).toEqual([]);
    });

    it("enforces every entry's access rule against the running app", async () => {
      const call = async (who: keyof typeof agents, route: string) => {
        const agent = agents[who];
        const entry = entryFor(route);
        if (agent === undefined || entry === undefined) {
          throw new Error(`no agent or entry for ${who} ${route}`);
        }
        const [method = "GET"] = route.split(" ");
        if (!isMethod(method)) {
          throw new Error(`unknown method in ${route}`);
        }
        const request = entry.request(context);
        const response = await agent.request({ method, url: request.url, body: request.body });
        // HEAD responses carry no body: only their status can be compared.
        if (method === "HEAD") {
          return String(response.statusCode);
        }
        const problem: unknown = response.statusCode >= 400 ? response.json() : {};
        const code =
          typeof problem === "object" && problem !== null && "code" in problem ? problem.code : "";
        return `${response.statusCode} ${String(code)}`.trim();
      };
      // A public route may still answer 401 for wrong credentials; only these codes say
      // "this caller may not call this route".
      const denied = (outcome: string) =>
        /ILIO_ERR_(AUTH_REQUIRED|AUTH_SESSION_INVALID|AUTH_FORBIDDEN|AUTH_CSRF|ACCESS_DENIED)$/.test(
          outcome,
        ) ||
        outcome === "401" ||
        outcome === "403";
      const headAware = (route: string, outcome: string) =>
        route.startsWith("HEAD ") ? outcome.split(" ")[0] : outcome;
      const REQUIRED = "401 ILIO_ERR_AUTH_REQUIRED";
      for (const route of registered) {
        const entry = entryFor(route);
        if (entry === undefined) {
          continue;
        }
        const access = entry.access;
        switch (access.kind) {
          case "public":
            expect(denied(await call("anonymous", route)), `${route} anonymous`).toBe(false);
            break;
          case "user":
            expect(await call("anonymous", route), `${route} anonymous`).toBe(
              headAware(route, REQUIRED),
            );
            expect(denied(await call("clinician", route)), `${route} signed in`).toBe(false);
            break;
          case "role":
            expect(await call("anonymous", route), `${route} anonymous`).toBe(
              headAware(route, REQUIRED),
            );
            expect(
              await call(access.role === "patient" ? "clinician" : "patient", route),
              `${route} wrong role`,
            ).toBe(headAware(route, "403 ILIO_ERR_AUTH_FORBIDDEN"));
            expect(
              denied(await call(access.role === "admin" ? "admin" : access.role, route)),
              `${route} right role`,
            ).toBe(false);
            break;
          case "patient-records":
            expect(await call("anonymous", route), `${route} anonymous`).toBe(
              headAware(route, REQUIRED),
            );
            expect(await call("patient", route), `${route} another patient`).toBe(
              headAware(route, "403 ILIO_ERR_ACCESS_DENIED"),
            );
            expect(await call("clinician", route), `${route} unlinked clinician`).toBe(
              headAware(route, "403 ILIO_ERR_ACCESS_DENIED"),
            );
            expect(await call("admin", route), `${route} admin`).toBe(
              headAware(route, "403 ILIO_ERR_ACCESS_DENIED"),
            );
            expect(await call("linkedClinician", route), `${route} linked clinician`).toBe("200");
            break;
          case "owner-only":
            expect(await call("anonymous", route), `${route} anonymous`).toBe(
              headAware(route, REQUIRED),
            );
            for (const who of ["patient", "clinician", "linkedClinician", "admin"] as const) {
              expect(await call(who, route), `${route} ${who}`).toBe(
                headAware(route, access.othersGet),
              );
            }
            break;
        }
      }
    });
  });
}
