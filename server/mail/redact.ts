// Mail failures are logged without recipients in clear: logs are kept longer and read by more
// people than the database, and an SMTP error often quotes the address it rejected.

/** "alice@example.com" → "a***@example.com": enough to tell bounces apart, not to contact anyone. */
export function redactAddress(address: string): string {
  const at = address.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${address.slice(0, 1)}***${address.slice(at)}`;
}

const ADDRESS = /[^\s<>"'(),;:[\]@]+@[^\s<>"'(),;:[\]@]+/g;

/** Every address-looking substring of `text` redacted, control characters flattened (no forged log lines). */
export function redactAddresses(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(ADDRESS, redactAddress);
}
