/** A guest's levels live in this browser only, under one localStorage key. */
export const GUEST_LEVELS_KEY = "rungs.guestLevels.v1";
