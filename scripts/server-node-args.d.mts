export function serverNodeArgs(root: string): string[];
