/** Where the chosen theme is kept in this browser: read by the boot script, written by the toggle. */
export const THEME_KEY = "rungs.theme";
