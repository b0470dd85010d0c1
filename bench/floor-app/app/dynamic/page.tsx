import { connection } from "next/server";

export default async function DynamicPage() {
  await connection();
  return (
    <main>
      <h1>Dynamic</h1>
      <p>Rendered on every request, with no data.</p>
    </main>
  );
}
