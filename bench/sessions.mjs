const SESSION_COOKIE = "authjs.session-token";

function cookiePairs(response) {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

/** Signs in the way the login form's Credentials provider does, and returns the session cookie. */
export async function logIn(baseUrl, email, password) {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiePairs(csrf).join("; ") },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  const session = cookiePairs(response).find((pair) => pair.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`log-in failed for ${email} (HTTP ${response.status})`);
  return session;
}

/** Sessions for several users, so signed-in load is spread across accounts. */
export async function logInMany(baseUrl, emails, password) {
  const cookies = [];
  for (const email of emails) cookies.push(await logIn(baseUrl, email, password));
  return cookies;
}
