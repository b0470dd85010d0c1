/** A form field as text; a missing field or a file is undefined, for the schema to reject. */
export function text(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}
