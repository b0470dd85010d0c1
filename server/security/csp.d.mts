export const NO_SCRIPT_POLICY: string;
export function sha256Source(scriptText: string): string;
export function noncePolicy(nonce: string, hashes?: readonly string[], dev?: boolean, formOrigins?: readonly string[]): string;
export function hashPolicy(hashes: readonly string[]): string;
export function inlineScriptHashes(html: string): string[];
