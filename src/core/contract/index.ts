export * from './identifiers';
export * from './case-facts';
export * from './assessment';
export * from './result';
