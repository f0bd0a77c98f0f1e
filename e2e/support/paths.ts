// Paths the browser tests and their global setup share, resolved from this file so the
// suite works from any working directory.
import { join } from "node:path";

/** The repository root. */
export const REPO_ROOT = join(import.meta.dirname, "..", "..");
/** The web package, its build output and the CLI entry point. */
export const WEB_DIR = join(REPO_ROOT, "packages", "web");
export const WEB_DIST = join(WEB_DIR, "dist");
export const CLI_BIN = join(REPO_ROOT, "packages", "cli", "bin", "ilio.js");
/** Where the tests save the screenshots the README shows. */
export const SCREENSHOT_DIR = join(REPO_ROOT, "docs", "screenshots");
/** The Chromium the tests drive (Debian's; never a downloaded one). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
