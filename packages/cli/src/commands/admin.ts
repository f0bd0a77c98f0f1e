// `ilio admin create`: creates an administrator account, the only way one comes to exist
// (sign-up offers patient and clinician only). The password comes from stdin or a hidden
// prompt, never from an argument (arguments show up in `ps` and shell history).
import { parseArgs } from "node:util";
import {
  createAccount,
  displayNameProblem,
  emailProblem,
  passwordProblem,
  systemClock,
} from "@ilio/server";
import { CliError, envOf, type Command } from "../command.ts";
import { migrateOrThrow, openDatabaseOrThrow } from "../open-database.ts";
import { promptSecret, readFirstLine } from "../read-secret.ts";

const USAGE = `Usage: ilio admin create --email EMAIL [--password-stdin] [--display-name NAME]

Creates an administrator account in the database DATABASE_URL names (migrating it first).

Options:
  --email EMAIL        The administrator's e-mail address (required).
  --password-stdin     Read the password from the first line of stdin; otherwise prompt.
  --display-name NAME  A name to show in the app.
  --database-url URL   Overrides DATABASE_URL.

Passwords are 10 to 200 characters, with no control characters.
`;

function checkOrThrow(field: string, problem: string | null): void {
  if (problem !== null) {
    throw new CliError(`${field} ${problem}.`);
  }
}

async function createAdmin(
  argv: readonly string[],
  io: Parameters<Command["run"]>[1],
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      email: { type: "string" },
      "password-stdin": { type: "boolean", default: false },
      "display-name": { type: "string" },
      "database-url": { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  const email = values.email;
  if (email === undefined) {
    throw new CliError("--email is required (see `ilio admin create --help`).");
  }
  checkOrThrow("--email", emailProblem(email));
  const displayName = values["display-name"];
  if (displayName !== undefined) {
    checkOrThrow("--display-name", displayNameProblem(displayName));
  }
  const password = values["password-stdin"]
    ? await readFirstLine(io.stdin)
    : await promptSecret(io, "Password: ");
  checkOrThrow("The password", passwordProblem(password));

  const database = openDatabaseOrThrow(
    values["database-url"] ?? envOf(io).DATABASE_URL,
    process.cwd(),
  );
  await migrateOrThrow(database);
  try {
    const result = await createAccount(database.db, systemClock, {
      email,
      password,
      role: "admin",
      displayName,
    });
    if (!result.ok) {
      throw new CliError(`an account with e-mail ${email} already exists.`);
    }
    io.stdout.write(`Created admin ${result.user.email} (id ${result.user.id}).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

/** The admin command: `ilio admin create …`. */
export const adminCommand: Command = {
  name: "admin",
  summary: "Manage administrator accounts (admin create)",
  usage: USAGE,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub !== "create") {
      throw new CliError(`unknown subcommand "${sub ?? ""}": use \`ilio admin create\`.`);
    }
    return createAdmin(rest, io);
  },
};
