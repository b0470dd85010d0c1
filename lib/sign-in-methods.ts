export type ProviderId = "github" | "oidc";

/** What a page may show about a configured provider: never its secret. */
export type PublicProvider = { id: ProviderId; name: string };

export type SignInMethodRow = {
  id: ProviderId;
  name: string;
  /** When it was connected; null when it is not. */
  connectedAt: Date | null;
  email: string | null;
  canConnect: boolean;
  canDisconnect: boolean;
};

/**
 * Settings → "Connected accounts": a row per provider that is configured or still connected (an
 * identity can outlive its provider's configuration: it can then still be disconnected). The last
 * way to sign in (a password counts only when one is set) cannot be disconnected.
 */
export function signInMethodRows(input: {
  configured: readonly PublicProvider[];
  accounts: readonly { provider: ProviderId; email: string | null; createdAt: Date }[];
  hasPassword: boolean;
  nameOf: (id: ProviderId) => string;
}): SignInMethodRow[] {
  const { configured, accounts, hasPassword, nameOf } = input;
  const methods = (hasPassword ? 1 : 0) + accounts.length;
  const ids = [...new Set<ProviderId>([...configured.map((p) => p.id), ...accounts.map((a) => a.provider)])];
  return ids.map((id) => {
    const account = accounts.find((a) => a.provider === id);
    return {
      id,
      name: configured.find((p) => p.id === id)?.name ?? nameOf(id),
      connectedAt: account?.createdAt ?? null,
      email: account?.email ?? null,
      canConnect: !account && configured.some((p) => p.id === id),
      canDisconnect: account !== undefined && methods > 1,
    };
  });
}
