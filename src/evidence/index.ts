// The evidence capability (issue 16): items on a case, their files sealed in chunks with the
// case key, the chain of custody, what is still missing per remedy, and the exhibit bundle.
// See docs/evidence.md.
export { evidenceRoutes } from './routes';
export { exhibitIndex } from './exhibit-index';
export { checklistOf } from './checklist';
