import "server-only";
import { listProviderAccounts } from "@/db/queries/auth-accounts";
import { getUserWithHashById } from "@/db/queries/users";
import { signInMethodRows, type SignInMethodRow } from "@/lib/sign-in-methods";
import { oauthPageProblem } from "./oauth-page-problem";
import { providerName, publicProviders } from "./oauth-providers";

export type ConnectedAccountsView = {
  hasPassword: boolean;
  rows: SignInMethodRow[];
  /** Why the last Connect was refused, in words. */
  problem?: string;
  /** The provider a Connect just linked (only if it really is connected now). */
  justConnected?: string;
};

/** Everything Settings → "Connected accounts" shows, for this user and the page's query. */
export async function connectedAccountsView(userId: string, params: Record<string, string | string[] | undefined>): Promise<ConnectedAccountsView> {
  const [accounts, user] = await Promise.all([listProviderAccounts(userId), getUserWithHashById(userId)]);
  const hasPassword = (user?.passwordHash ?? null) !== null;
  const rows = signInMethodRows({ configured: publicProviders(), accounts, hasPassword, nameOf: providerName });
  const justConnected = rows.find((r) => r.id === params.connected && r.connectedAt !== null)?.name;
  return { hasPassword, rows, problem: oauthPageProblem(params), justConnected };
}
