/** Route planning for inspectors (智慧监管): pure, deterministic for a given input and seed. */
export * from './budget';
export * from './errors';
export * from './matrix';
export * from './plan';
export * from './tsp';
export * from './tsplib';
export * from './tsplib-metric';
export * from './tsplib-solve';
export * from './types';
export * from './validate';
