import { isOAuthProblem, oauthProblemMessage } from "@/lib/oauth-linking";
import { providerName } from "./oauth-providers";

type Params = Record<string, string | string[] | undefined>;

/**
 * The sentence for a refused or failed provider sign-in, from the page's query: our own codes
 * (`oauth`, `provider`) or an Auth.js error type (`error`). Nothing from the query is shown as is.
 */
export function oauthPageProblem(params: Params): string | undefined {
  const { oauth, provider, error } = params;
  if (isOAuthProblem(oauth)) {
    const name = provider === "github" || provider === "oidc" ? providerName(provider) : "the provider";
    return oauthProblemMessage(oauth, name);
  }
  if (typeof error === "string" && error !== "") return "Signing in did not work. Please try again.";
  return undefined;
}
