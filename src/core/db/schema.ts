// Every table, for drizzle-kit and the typed query builder.
export * from '../../units/tables.js';
export * from '../../accounts/tables.js';
export * from '../../audit/tables.js';
export * from '../../documents/tables.js';
export * from '../../reports/tables.js';
export * from '../http/tables.js';
