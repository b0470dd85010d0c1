import { ImportFile } from "./import-file";

/** Settings: download the export file, or import one after seeing what it changes. */
export function ExportImportPanel() {
  return (
    <section aria-labelledby="transfer-heading" className="card flex flex-col gap-4">
      <h2 id="transfer-heading" className="text-lg font-semibold">
        Export and import
      </h2>
      <form method="get" action="/api/export" className="flex flex-col gap-1">
        <p className="text-sm text-muted">Download your levels, notes, links and history as a JSON file.</p>
        <div>
          <button type="submit" className="btn-secondary">
            Export
          </button>
        </div>
      </form>
      <div className="flex flex-col gap-2">
        <label htmlFor="import-file" className="font-medium">
          Import file
        </label>
        <p className="text-sm text-muted">A file from Export. You will see what changes before anything is saved.</p>
        <ImportFile inputId="import-file" />
      </div>
    </section>
  );
}
