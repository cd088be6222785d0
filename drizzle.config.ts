import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './src-main/site/site.schema.ts',
    './src-main/users/users.schema.ts',
    './src-main/audit/audit.schema.ts',
    './src-main/attachments/attachments.schema.ts',
    './src-main/formula/formula.schema.ts',
    './src-main/drafts/drafts.schema.ts',
    './src-main/groups/groups.schema.ts',
    './src-main/sync/sync.schema.ts',
    './src-main/levels/levels.schema.ts',
    './src-main/dhis2/dhis2.schema.ts',
  ],
  out: './drizzle',
});
