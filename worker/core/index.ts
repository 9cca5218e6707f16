/** Public surface of the pure domain core, shared by the worker and the PWA. */
export * from './api';
export * from './application-state';
export * from './attachments';
export * from './audit-events';
export * from './business-types';
export * from './calendar';
export * from './clocks';
export * from './credit-code';
export * from './dates';
export * from './errors';
export * from './id-number';
export * from './live';
export * from './masking';
export * from './preconditions';
export * from './regions';
export * from './roles';
export * from './saturation';
