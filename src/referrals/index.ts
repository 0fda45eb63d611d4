// Referrals and the directory of services (issue 15, docs/referrals.md).
export { referralRoutes } from './routes';
