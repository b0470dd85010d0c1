import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    /** The user's session version when this session was issued; stale ones are signed out. */
    sv?: number;
    /** The server-side session row; deleting it ends this session. */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}
