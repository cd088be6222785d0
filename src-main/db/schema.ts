// Every table of the facility database; drizzle-kit reads the same files (drizzle.config.ts).
export * from '../site/site.schema';
export * from '../users/users.schema';
export * from '../audit/audit.schema';
export * from '../attachments/attachments.schema';
export * from '../formula/formula.schema';
export * from '../sync/sync.schema';
