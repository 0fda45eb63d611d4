export { chainEntry, verifyChain, GENESIS_HASH } from './chain';
