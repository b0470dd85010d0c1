import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { MailOffNotice } from "@/components/auth/mail-off-notice";
import { mailStatus } from "@/server/mail/config";

export const metadata: Metadata = { title: "Forgot password" };
// Per request: whether mail is on is read from this server's environment, not at build time.
export const dynamic = "force-dynamic";

export default function ForgotPasswordPage() {
  const mail = mailStatus();
  return (
    <>
      <h1 className="text-2xl font-bold">Forgot your password?</h1>
      {mail.enabled ? (
        <>
          <p className="text-muted">Enter the email address of your account. We will send you a link to set a new password.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <MailOffNotice message={mail.message} detail="Passwords cannot be reset by mail on this server. Ask the people who run it." />
      )}
      <p>
        Remembered it? <Link href="/login" prefetch={false} className="underline">Log in</Link>
      </p>
    </>
  );
}
