import Link from "next/link";

/** Under the log-in form: the way back into an account. */
export function ForgotPasswordLink() {
  return (
    <p>
      <Link href="/forgot-password" prefetch={false} className="underline">
        Forgot password?
      </Link>
    </p>
  );
}

/** Above the log-in form after a reset (/login?reset=done): the user is not signed in automatically. */
export function PasswordResetDone({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <p role="status" className="font-medium text-ok">
      <span aria-hidden="true">✓ </span>
      Your password was changed and every session was signed out. Log in with your new password.
    </p>
  );
}
