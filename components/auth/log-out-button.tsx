"use client";

import { useActionState } from "react";
import { logOutAction } from "@/app/(auth)/actions";
import { FormAlert } from "@/components/ui/form-alert";

export function LogOutButton() {
  const [state, action] = useActionState(logOutAction, {});
  return (
    <form action={action} className="flex items-center gap-2">
      <FormAlert message={state.error} />
      <button type="submit" className="btn-secondary py-1">
        Log out
      </button>
    </form>
  );
}
