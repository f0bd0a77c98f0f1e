// Dates of saved results in words ("23 November 2025"), in UTC so that the same result
// shows the same date in every test run and on the server's records.

const FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** An ISO timestamp as a long date, or "" when it is not a date. */
export function formatDate(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? "" : FORMAT.format(time);
}
