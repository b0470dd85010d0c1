export default function StaticPage() {
  return (
    <main>
      <h1>Static</h1>
      <p>Rendered once at build time.</p>
    </main>
  );
}
