// Account lifecycle over HTTP on both databases: sign-up, sign-in, sign-out, password
// change, account deletion, sessions that expire or are forged, CSRF and rate limits.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { Agent } from "../../test/support/http-agent.ts";
import {
  buildAssessment,
  buildCareLink,
  buildUser,
  countRows,
  DEFAULT_PASSWORD,
} from "../../test/support/factories.ts";
import { expectProblem } from "../../test/support/expect-problem.ts";
import { buildTestApp, type TestApp } from "../../test/support/test-app.ts";

for (const database of DATABASES) {
  describe(`accounts [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db);
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    it("signs up a patient, sets both cookies and stores a lower-cased e-mail", async () => {
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const response = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: {
          email: "Ada.Lovelace@Example.org",
          password: "a long enough password",
          displayName: "Ada",
        },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toMatchObject({
        user: {
          email: "ada.lovelace@example.org",
          displayName: "Ada",
          role: "patient",
          createdAt: "2025-03-14T09:00:00.000Z",
        },
      });
      const session = response.cookies.find((c) => c.name === "ilio_session");
      expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
      const csrf = response.cookies.find((c) => c.name === "ilio_csrf");
      expect(csrf).toMatchObject({ sameSite: "Strict", path: "/" });
      expect(csrf?.httpOnly).toBeUndefined();
      const me = await agent.request({ url: "/api/v1/me" });
      expect(me.json()).toMatchObject({ user: { email: "ada.lovelace@example.org" } });
      const stored = await test.db
        .selectFrom("users")
        .select(["email", "password_hash"])
        .executeTakeFirstOrThrow();
      expect(stored.email).toBe("ada.lovelace@example.org");
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    });

    it("signs up a clinician when asked and never an admin", async () => {
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const clinician = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: { email: "pt@example.org", password: "a long enough password", role: "clinician" },
      });
      expect(clinician.json()).toMatchObject({ user: { role: "clinician" } });
      const before = await countRows(test.db);
      const other = new Agent(t.app);
      await other.primeCsrf();
      const response = await other.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: { email: "boss@example.org", password: "a long enough password", role: "admin" },
      });
      expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION");
      expect(await countRows(test.db)).toEqual(before);
    });

    it("rejects a second sign-up with the same e-mail in another case with a 409 and stores nothing", async () => {
      await buildUser(test.db, { email: "taken@example.org" });
      const before = await countRows(test.db);
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const response = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body: { email: "TAKEN@example.org", password: "a long enough password" },
      });
      expectProblem(response, 409, "ILIO_ERR_AUTH_EMAIL_TAKEN");
      expect(await countRows(test.db)).toEqual(before);
    });

    it("signs in with any case of the e-mail and rotates the CSRF token", async () => {
      const { user } = await buildUser(test.db, { email: "bo@example.org" });
      const agent = new Agent(t.app);
      const anonymousToken = await agent.primeCsrf();
      const response = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        body: { email: "BO@Example.org", password: DEFAULT_PASSWORD },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ user: { id: user.id } });
      expect(agent.cookies.get("ilio_csrf")).not.toBe(anonymousToken);
      const session = await test.db.selectFrom("sessions").selectAll().executeTakeFirstOrThrow();
      expect(session.csrf_token).toBe(agent.cookies.get("ilio_csrf"));
      expect(session.id).not.toBe(agent.cookies.get("ilio_session"));
      expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    });

    it("answers a wrong password and an unknown e-mail with the same 401", async () => {
      await buildUser(test.db, { email: "cy@example.org" });
      const before = await countRows(test.db);
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const wrong = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        body: { email: "cy@example.org", password: "not the password" },
      });
      const unknown = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        body: { email: "nobody@example.org", password: "not the password" },
      });
      const a = expectProblem(wrong, 401, "ILIO_ERR_AUTH_INVALID_CREDENTIALS");
      const b = expectProblem(unknown, 401, "ILIO_ERR_AUTH_INVALID_CREDENTIALS");
      expect(a.detail).toBe(b.detail);
      expect(await countRows(test.db)).toEqual(before);
    });

    it("signs out: deletes the session row and clears the cookie", async () => {
      const { user, password } = await buildUser(test.db);
      const agent = await new Agent(t.app).signIn(user.email, password);
      const response = await agent.request({ method: "POST", url: "/api/v1/auth/sign-out" });
      expect(response.statusCode).toBe(204);
      expect((await countRows(test.db)).sessions).toBe(0);
      expect(agent.cookies.has("ilio_session")).toBe(false);
      expectProblem(await agent.request({ url: "/api/v1/me" }), 401, "ILIO_ERR_AUTH_REQUIRED");
    });

    it("changes the password, keeps this session and ends the others", async () => {
      const { user, password } = await buildUser(test.db);
      const phone = await new Agent(t.app).signIn(user.email, password);
      const laptop = await new Agent(t.app).signIn(user.email, password);
      const response = await laptop.request({
        method: "POST",
        url: "/api/v1/me/password",
        body: { currentPassword: password, newPassword: "a brand new passphrase" },
      });
      expect(response.statusCode).toBe(204);
      expect((await laptop.request({ url: "/api/v1/me" })).statusCode).toBe(200);
      expectProblem(
        await phone.request({ url: "/api/v1/me" }),
        401,
        "ILIO_ERR_AUTH_SESSION_INVALID",
      );
      await new Agent(t.app).signIn(user.email, "a brand new passphrase");
    });

    it("refuses a password change with the wrong current password and changes nothing", async () => {
      const { user, password } = await buildUser(test.db);
      const agent = await new Agent(t.app).signIn(user.email, password);
      const hashBefore = (
        await test.db.selectFrom("users").select("password_hash").executeTakeFirstOrThrow()
      ).password_hash;
      const response = await agent.request({
        method: "POST",
        url: "/api/v1/me/password",
        body: { currentPassword: "not my password", newPassword: "a brand new passphrase" },
      });
      expectProblem(response, 403, "ILIO_ERR_AUTH_PASSWORD_INCORRECT");
      const hashAfter = (
        await test.db.selectFrom("users").select("password_hash").executeTakeFirstOrThrow()
      ).password_hash;
      expect(hashAfter).toBe(hashBefore);
    });

    it("deletes the account and every row it owns", async () => {
      const { user: patient, password } = await buildUser(test.db);
      const { user: clinician } = await buildUser(test.db, { role: "clinician" });
      const { user: bystander } = await buildUser(test.db);
      await buildCareLink(test.db, { clinicianId: clinician.id, patientId: patient.id });
      await buildAssessment(test.db, patient.id);
      await buildAssessment(test.db, bystander.id);
      const agent = await new Agent(t.app).signIn(patient.email, password);
      const wrong = await agent.request({
        method: "DELETE",
        url: "/api/v1/me",
        body: { password: "not my password" },
      });
      expectProblem(wrong, 403, "ILIO_ERR_AUTH_PASSWORD_INCORRECT");
      const response = await agent.request({
        method: "DELETE",
        url: "/api/v1/me",
        body: { password },
      });
      expect(response.statusCode).toBe(204);
      const owned = async (table: "sessions" | "assessments", column: "user_id" | "patient_id") =>
        (await test.db.selectFrom(table).selectAll().where(column, "=", patient.id).execute())
          .length;
      expect(
        await test.db.selectFrom("users").select("id").where("id", "=", patient.id).execute(),
      ).toEqual([]);
      expect(await owned("sessions", "user_id")).toBe(0);
      expect(await owned("assessments", "patient_id")).toBe(0);
      expect(await test.db.selectFrom("care_links").selectAll().execute()).toEqual([]);
      expect(await countRows(test.db)).toMatchObject({ users: 2, assessments: 1 });
      expectProblem(await agent.request({ url: "/api/v1/me" }), 401, "ILIO_ERR_AUTH_REQUIRED");
    });

    it("ends a session after 30 idle days with a 401 and clears the cookie", async () => {
      const { user, password } = await buildUser(test.db);
      const agent = await new Agent(t.app).signIn(user.email, password);
      t.clock.advance(29 * 24 * 3600 * 1000);
      expect((await agent.request({ url: "/api/v1/me" })).statusCode).toBe(200);
      t.clock.advance(29 * 24 * 3600 * 1000);
      expect((await agent.request({ url: "/api/v1/me" })).statusCode).toBe(200);
      t.clock.advance(30 * 24 * 3600 * 1000 + 1);
      const expired = await agent.request({ url: "/api/v1/me" });
      expectProblem(expired, 401, "ILIO_ERR_AUTH_SESSION_INVALID");
      expect(expired.cookies.find((c) => c.name === "ilio_session")?.value).toBe("");
      expect((await countRows(test.db)).sessions).toBe(0);
    });

    it("treats a forged session cookie as no session: 401 and the cookie cleared", async () => {
      await buildUser(test.db);
      for (const forged of ["A".repeat(43), "not-a-token", "' OR 1=1 --"]) {
        const response = await t.app.inject({
          url: "/api/v1/me",
          headers: { cookie: `ilio_session=${encodeURIComponent(forged)}` },
        });
        expectProblem(response, 401, "ILIO_ERR_AUTH_SESSION_INVALID");
        expect(response.cookies.find((c) => c.name === "ilio_session")?.value).toBe("");
      }
    });

    it("refuses unsafe requests without the CSRF header, or with a wrong one, and stores nothing", async () => {
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const body = { email: "csrf@example.org", password: "a long enough password" };
      const missing = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body,
        omitCsrf: true,
      });
      expectProblem(missing, 403, "ILIO_ERR_AUTH_CSRF");
      const wrong = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        body,
        csrf: "B".repeat(43),
      });
      expectProblem(wrong, 403, "ILIO_ERR_AUTH_CSRF");
      const noCookie = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/sign-up",
        headers: { "x-csrf-token": "C".repeat(43) },
        payload: body,
      });
      expectProblem(noCookie, 403, "ILIO_ERR_AUTH_CSRF");
      expect((await countRows(test.db)).users).toBe(0);
    });

    it("binds the CSRF token to the session: the pre-sign-in token no longer works", async () => {
      const { user, password } = await buildUser(test.db);
      const agent = new Agent(t.app);
      const old = await agent.primeCsrf();
      await agent.signIn(user.email, password);
      agent.cookies.set("ilio_csrf", old);
      const response = await agent.request({ method: "POST", url: "/api/v1/auth/sign-out" });
      expectProblem(response, 403, "ILIO_ERR_AUTH_CSRF");
      expect((await countRows(test.db)).sessions).toBe(1);
    });

    it("limits sign-in attempts per e-mail with a 429 and Retry-After", async () => {
      await t.app.close();
      t = await buildTestApp(test.db, {
        config: { rateLimit: { enabled: true, signInMax: 2, signUpMax: 2, windowMs: 60_000 } },
      });
      const { user } = await buildUser(test.db);
      const agent = new Agent(t.app);
      await agent.primeCsrf();
      const attempt = () =>
        agent.request({
          method: "POST",
          url: "/api/v1/auth/sign-in",
          body: { email: user.email, password: "wrong password" },
        });
      expect((await attempt()).statusCode).toBe(401);
      expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expectProblem(limited, 429, "ILIO_ERR_RATE_LIMITED");
      expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    });
  });
}
