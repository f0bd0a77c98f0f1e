// The facts about the signed-in account that a person may want to check: their name and
// email, and when the account was created.
import type { User } from "../../api/user.ts";

function joined(createdAt: string): string | null {
  const date = new Date(createdAt);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return date.toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
}

/** A short list of the account's details. */
export function AccountDetails(props: { readonly user: User }) {
  const since = joined(props.user.createdAt);
  return (
    <section class="card" aria-labelledby="details-title">
      <h2 id="details-title">Your details</h2>
      <dl class="details">
        <div>
          <dt>Name</dt>
          <dd>{props.user.displayName ?? "Not given"}</dd>
        </div>
        <div>
          <dt>Email address</dt>
          <dd class="details-email">{props.user.email}</dd>
        </div>
        {since === null ? null : (
          <div>
            <dt>Member since</dt>
            <dd>{since}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
