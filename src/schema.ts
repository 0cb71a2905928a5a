// Every table, for drizzle-kit (migrations are generated from it).
export * from './units/tables.js';
export * from './accounts/tables.js';
export * from './core/audit/tables.js';
export * from './documents/tables.js';
export * from './templates/tables.js';
export * from './requests/tables.js';
export * from './reports/tables.js';
export * from './core/http/tables.js';
export * from './registries/models/tables.js';
export * from './registries/outreach/tables.js';
export * from './registries/reception/tables.js';
export * from './registries/petitions/tables.js';
export * from './registries/trainings/tables.js';
export * from './registries/inspections/tables.js';
export * from './calendar/tables.js';
export * from './indicators/tables.js';
