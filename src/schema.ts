// Every table, for drizzle-kit (migrations are generated from it).
export * from './units/tables.js';
export * from './accounts/tables.js';
export * from './core/audit/tables.js';
export * from './documents/tables.js';
export * from './reports/tables.js';
export * from './core/http/tables.js';
