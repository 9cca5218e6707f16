import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes forward-only SQL into migrations/, which both
// `wrangler d1 migrations apply` and the worker tests (readD1Migrations) read.
export default defineConfig({
  dialect: 'sqlite',
  schema: './worker/src/db/schema.ts',
  out: './migrations',
});
