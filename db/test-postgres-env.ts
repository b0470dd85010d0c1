import { inject } from "vitest";

// setupFiles of the postgres project: runs before each test file imports db/, so the dialect is
// PostgreSQL there; useTestDatabase() then creates the file's own database on this server.
const url = inject("postgresAdminUrl");
process.env.TEST_POSTGRES_ADMIN_URL = url;
process.env.DATABASE_URL = url;
