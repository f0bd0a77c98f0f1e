// Bad input on both databases: each case gets a clear 4xx problem+json naming what was
// wrong, and afterwards every table holds exactly the rows it held before (Kysely's
// SQL-injection tests check the same way that the table still exists).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DATABASES, type TestDatabase } from "../../../../test/databases.ts";
import { Agent } from "../../test/support/http-agent.ts";
import { buildUser, countRows } from "../../test/support/factories.ts";
import { expectProblem, fieldsOf } from "../../test/support/expect-problem.ts";
import { buildTestApp, type TestApp } from "../../test/support/test-app.ts";

const PASSWORD = "a long enough password";
const SIGN_UP = "/api/v1/auth/sign-up";

for (const database of DATABASES) {
  describe(`bad input [${database.name}]`, () => {
    let test: TestDatabase;
    let t: TestApp;
    let agent: Agent;
    let before: Record<string, number>;

    beforeEach(async () => {
      test = await database.create();
      t = await buildTestApp(test.db);
      await buildUser(test.db, { email: "existing@example.org" });
      agent = new Agent(t.app);
      await agent.primeCsrf();
      before = await countRows(test.db);
    });
    afterEach(async () => {
      await t.app.close();
      await test.destroy();
    });

    const signUp = (body: unknown) => agent.request({ method: "POST", url: SIGN_UP, body });
    const expectNothingChanged = async () => {
      expect(await countRows(test.db)).toEqual(before);
    };

    it("rejects malformed JSON with a 400 and stores nothing", async () => {
      const response = await agent.request({
        method: "POST",
        url: SIGN_UP,
        raw: '{"email": "a@b.org",',
      });
      expectProblem(response, 400, "ILIO_ERR_REQUEST_MALFORMED_JSON");
      await expectNothingChanged();
    });

    it("rejects a JSON body that tries to set __proto__ and stores nothing", async () => {
      const raw = `{"email":"p@example.org","password":"${PASSWORD}","__proto__":{"role":"admin"}}`;
      const response = await agent.request({ method: "POST", url: SIGN_UP, raw });
      expect(response.statusCode).toBe(400);
      await expectNothingChanged();
    });

    it("rejects a body that is not JSON with a 415 and stores nothing", async () => {
      const response = await agent.request({
        method: "POST",
        url: SIGN_UP,
        raw: "email=a@b.org",
        contentType: "application/x-www-form-urlencoded",
      });
      expectProblem(response, 415, "ILIO_ERR_REQUEST_UNSUPPORTED_MEDIA_TYPE");
      const text = await agent.request({
        method: "POST",
        url: SIGN_UP,
        raw: "hello",
        contentType: "text/plain",
      });
      expectProblem(text, 415, "ILIO_ERR_REQUEST_UNSUPPORTED_MEDIA_TYPE");
      await expectNothingChanged();
    });

    it("rejects wrong types, naming each field, and stores nothing", async () => {
      const response = await signUp({ email: 42, password: ["x"], displayName: { first: "A" } });
      const problem = expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION");
      expect(fieldsOf(problem)).toEqual(
        expect.arrayContaining(["body/email", "body/password", "body/displayName"]),
      );
      await expectNothingChanged();
    });

    it("rejects missing fields, naming them, and stores nothing", async () => {
      const problem = expectProblem(await signUp({}), 400, "ILIO_ERR_REQUEST_VALIDATION");
      expect(problem.errors).toEqual(
        expect.arrayContaining([
          { field: "body/email", message: "is required" },
          { field: "body/password", message: "is required" },
        ]),
      );
      expectProblem(
        await agent.request({ method: "POST", url: SIGN_UP }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      await expectNothingChanged();
    });

    it("rejects unknown fields instead of dropping them, and stores nothing", async () => {
      const response = await signUp({
        email: "new@example.org",
        password: PASSWORD,
        isAdmin: true,
      });
      const problem = expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION");
      expect(problem.errors).toEqual([
        { field: "body/isAdmin", message: "is not an accepted field" },
      ]);
      await expectNothingChanged();
    });

    it("rejects a body over 64 KiB with a 413 and stores nothing", async () => {
      const response = await signUp({
        email: "big@example.org",
        password: PASSWORD,
        displayName: "x".repeat(70_000),
      });
      expectProblem(response, 413, "ILIO_ERR_REQUEST_BODY_TOO_LARGE");
      await expectNothingChanged();
    });

    it("rejects an SQL-looking e-mail and stores an SQL-looking name verbatim; the table survives", async () => {
      const injection = "'; DROP TABLE users; --";
      const bad = await signUp({ email: injection, password: PASSWORD });
      expect(fieldsOf(expectProblem(bad, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/email",
      ]);
      await expectNothingChanged();
      const ok = await signUp({
        email: "bobby@example.org",
        password: PASSWORD,
        displayName: injection,
      });
      expect(ok.statusCode).toBe(201);
      const row = await test.db
        .selectFrom("users")
        .select("display_name")
        .where("email", "=", "bobby@example.org")
        .executeTakeFirstOrThrow();
      expect(row.display_name).toBe(injection);
      expect((await countRows(test.db)).users).toBe((before.users ?? 0) + 1);
      const signIn = await agent.request({
        method: "POST",
        url: "/api/v1/auth/sign-in",
        body: { email: "x@example.org' OR '1'='1", password: PASSWORD },
      });
      expect(signIn.statusCode).toBe(400);
    });

    it("rejects NUL and other control characters, naming the field, and stores nothing", async () => {
      const nulEmail = await signUp({ email: "nul\u0000@example.org", password: PASSWORD });
      expect(fieldsOf(expectProblem(nulEmail, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/email",
      ]);
      const nulName = await signUp({
        email: "ok@example.org",
        password: PASSWORD,
        displayName: "A\u0000B",
      });
      expect(fieldsOf(expectProblem(nulName, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/displayName",
      ]);
      const bellPassword = await signUp({ email: "ok@example.org", password: `${PASSWORD}\u0007` });
      expect(fieldsOf(expectProblem(bellPassword, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/password",
      ]);
      await expectNothingChanged();
    });

    it("rejects lone surrogates, naming the field, and stores nothing", async () => {
      const raw = `{"email":"s@example.org","password":"${PASSWORD}","displayName":"broken \\ud800 name"}`;
      const response = await agent.request({ method: "POST", url: SIGN_UP, raw });
      expect(fieldsOf(expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/displayName",
      ]);
      await expectNothingChanged();
    });

    it("stores a name with right-to-left marks and emoji verbatim but rejects them in an e-mail", async () => {
      const name = "\u202Bשרה\u202C \u200F👩🏽‍⚕️";
      const ok = await signUp({ email: "sara@example.org", password: PASSWORD, displayName: name });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ user: { displayName: name } });
      const row = await test.db
        .selectFrom("users")
        .select("display_name")
        .where("email", "=", "sara@example.org")
        .executeTakeFirstOrThrow();
      expect(row.display_name).toBe(name);
      const afterOk = await countRows(test.db);
      const bad = await signUp({ email: "\u202Eevil@example.org", password: PASSWORD });
      expect(fieldsOf(expectProblem(bad, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "body/email",
      ]);
      expect(await countRows(test.db)).toEqual(afterOk);
    });

    it("rejects very long strings with the field named and stores nothing", async () => {
      const longEmail = `${"a".repeat(250)}@example.org`;
      const email = expectProblem(
        await signUp({ email: longEmail, password: PASSWORD }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(email.errors).toContainEqual({
        field: "body/email",
        message: "must be at most 254 characters",
      });
      const password = expectProblem(
        await signUp({ email: "l@example.org", password: "p".repeat(201) }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(password.errors).toEqual([
        { field: "body/password", message: "must be at most 200 characters" },
      ]);
      const name = expectProblem(
        await signUp({ email: "l@example.org", password: PASSWORD, displayName: "n".repeat(101) }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(name.errors).toEqual([
        { field: "body/displayName", message: "must be at most 100 characters" },
      ]);
      await expectNothingChanged();
    });

    it("rejects a password shorter than 10 characters and stores nothing", async () => {
      const problem = expectProblem(
        await signUp({ email: "s@example.org", password: "123456789" }),
        400,
        "ILIO_ERR_REQUEST_VALIDATION",
      );
      expect(problem.errors).toEqual([
        { field: "body/password", message: "must be at least 10 characters" },
      ]);
      await expectNothingChanged();
    });

    it("rejects a duplicate e-mail with a 409 and stores nothing", async () => {
      expectProblem(
        await signUp({ email: "Existing@Example.org", password: PASSWORD }),
        409,
        "ILIO_ERR_AUTH_EMAIL_TAKEN",
      );
      await expectNothingChanged();
    });

    it("rejects a malformed patient id in the path, naming it", async () => {
      const { user, password } = await buildUser(test.db);
      const signedIn = await new Agent(t.app).signIn(user.email, password);
      const snapshot = await countRows(test.db);
      const response = await signedIn.request({ url: "/api/v1/patients/not-a-uuid/assessments" });
      expect(fieldsOf(expectProblem(response, 400, "ILIO_ERR_REQUEST_VALIDATION"))).toEqual([
        "params/patientId",
      ]);
      expect(await countRows(test.db)).toEqual(snapshot);
    });
  });
}
