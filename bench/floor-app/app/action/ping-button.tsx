"use client";

import { pingAction } from "./actions";

export function PingButton() {
  return (
    <button type="button" onClick={() => void pingAction({ skillId: "git", level: 1 })}>
      Ping
    </button>
  );
}
