import { logOutAction } from "@/app/(auth)/actions";

export function LogOutButton() {
  return (
    <form action={logOutAction}>
      <button type="submit" className="btn-secondary py-1">
        Log out
      </button>
    </form>
  );
}
