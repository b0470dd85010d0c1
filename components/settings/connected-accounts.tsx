import { FormAlert } from "@/components/ui/form-alert";
import type { SignInMethodRow } from "@/lib/sign-in-methods";
import { ProviderAccountButton } from "./provider-account-button";

type Props = { hasPassword: boolean; rows: SignInMethodRow[]; problem?: string; justConnected?: string };

const day = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

function describe(row: SignInMethodRow): string {
  if (row.connectedAt === null) return "Not connected.";
  const as = row.email ? ` as ${row.email}` : "";
  const last = row.canDisconnect ? "" : " This is your only way to sign in, so it cannot be disconnected.";
  return `Connected ${day.format(row.connectedAt)}${as}.${last}`;
}

/** Settings → "Connected accounts": every way this user can log in, with Connect and Disconnect. */
export function ConnectedAccounts({ hasPassword, rows, problem, justConnected }: Props) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="connected-accounts-heading" className="card flex flex-col gap-3">
      <h2 id="connected-accounts-heading" className="text-lg font-semibold">
        Connected accounts
      </h2>
      <p className="text-sm text-muted">The ways you can log in to Rungs. You keep at least one.</p>
      <FormAlert message={problem} />
      {justConnected ? (
        <p className="font-medium text-ok">
          <span aria-hidden="true">✓ </span>
          {justConnected} is connected. You can now log in with it.
        </p>
      ) : null}
      <ul aria-label="Sign-in methods" className="flex flex-col divide-y divide-line">
        <li className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>
            <span className="font-medium">Password</span>{" "}
            <span className="text-sm text-muted">{hasPassword ? "Set." : "Not set. To set one, use “Forgot password?” on the log-in page."}</span>
          </span>
        </li>
        {rows.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span id={`method-${row.id}`}>
              <span className="font-medium">{row.name}</span> <span className="text-sm text-muted">{describe(row)}</span>
            </span>
            {row.connectedAt !== null ? (
              <ProviderAccountButton provider={row.id} name={row.name} mode="disconnect" disabled={!row.canDisconnect} describedBy={`method-${row.id}`} />
            ) : row.canConnect ? (
              <ProviderAccountButton provider={row.id} name={row.name} mode="connect" describedBy={`method-${row.id}`} />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
