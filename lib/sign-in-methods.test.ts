import { describe, expect, it } from "vitest";
import { signInMethodRows, type ProviderId } from "./sign-in-methods";

const T = new Date("2026-01-02T00:00:00Z");
const nameOf = (id: ProviderId) => (id === "github" ? "GitHub" : "OpenID Connect");
const github = { id: "github" as const, name: "GitHub" };
const oidc = { id: "oidc" as const, name: "Loopback ID" };
const account = (provider: ProviderId) => ({ provider, email: `${provider}@example.com`, createdAt: T });

describe("signInMethodRows", () => {
  it("offers Connect for each configured provider not yet connected", () => {
    expect(signInMethodRows({ configured: [github, oidc], accounts: [], hasPassword: true, nameOf })).toEqual([
      { id: "github", name: "GitHub", connectedAt: null, email: null, canConnect: true, canDisconnect: false },
      { id: "oidc", name: "Loopback ID", connectedAt: null, email: null, canConnect: true, canDisconnect: false },
    ]);
  });

  it("lets a password user disconnect any provider", () => {
    const rows = signInMethodRows({ configured: [github, oidc], accounts: [account("github")], hasPassword: true, nameOf });
    expect(rows[0]).toEqual({ id: "github", name: "GitHub", connectedAt: T, email: "github@example.com", canConnect: false, canDisconnect: true });
    expect(rows[1]?.canConnect).toBe(true);
  });

  it("never lets the last way to sign in go: no password and one provider", () => {
    const rows = signInMethodRows({ configured: [github, oidc], accounts: [account("oidc")], hasPassword: false, nameOf });
    expect(rows.find((r) => r.id === "oidc")?.canDisconnect).toBe(false);
  });

  it("lets a password-less user with two providers disconnect either", () => {
    const rows = signInMethodRows({ configured: [github, oidc], accounts: [account("github"), account("oidc")], hasPassword: false, nameOf });
    expect(rows.map((r) => r.canDisconnect)).toEqual([true, true]);
  });

  it("still lists a connected provider that is no longer configured, with Disconnect only", () => {
    const rows = signInMethodRows({ configured: [github], accounts: [account("oidc")], hasPassword: true, nameOf });
    expect(rows.map((r) => [r.id, r.name, r.canConnect, r.canDisconnect])).toEqual([
      ["github", "GitHub", true, false],
      ["oidc", "OpenID Connect", false, true],
    ]);
  });

  it("shows nothing when no provider is configured or connected", () => {
    expect(signInMethodRows({ configured: [], accounts: [], hasPassword: true, nameOf })).toEqual([]);
  });
});
