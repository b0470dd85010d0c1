import { THEME_KEY } from "@/client/theme-key";

/** Runs before paint (inline in <head>) so a remembered choice never flashes the other theme. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem("${THEME_KEY}");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
