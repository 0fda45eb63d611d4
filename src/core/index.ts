export * from './contract';
export * from './dates/iso-date';
export { assess, assessFacts } from './assess';
