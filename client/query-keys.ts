// Keyed by the signed-in user: the query cache lives as long as the tab, which can outlive a session
// (log out, then someone else logs in), and must never show one user's levels to another.
export const levelsKey = (ownerId: string) => ["levels", ownerId] as const;
