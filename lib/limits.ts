// Input limits, in a module without zod so client components can show them for free.
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
export const NAME_MAX = 60;
export const EMAIL_MAX = 254;
export const HANDLE_MIN = 3;
export const HANDLE_MAX = 30;
export const NOTE_MAX = 2000;
export const LINKS_MAX = 5;
export const LINK_MAX = 500;
export const IMPORT_MAX_BYTES = 512 * 1024;
