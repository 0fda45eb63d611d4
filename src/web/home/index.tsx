import type { Capability } from '../shell/capability';
import { HomePage } from './home-page';

export const homeCapability: Capability = {
  id: 'home',
  routes: [{ index: true, element: <HomePage /> }],
  nav: [{ to: '/', label: 'home:nav.home', end: true }],
};
