import { describe, expect, it } from 'vitest';
import { policyName } from './enforce-route-policy';
import { ORG_ADMIN, onCase, onCases, PUBLIC, routePolicyProblem, SESSION_STAGES, signedIn } from './route-policy';

// The registration check (what makes a missing or malformed policy a start-up error) as a table.

describe('routePolicyProblem', () => {
  it.each([
    ['public', PUBLIC, '/api/health'],
    ['signed in', signedIn(), '/api/knowledge/remedies'],
    ['any stage of signing in, optional', signedIn({ stages: SESSION_STAGES, optional: true }), '/api/auth/sign-out'],
    ['an organisation admin', ORG_ADMIN, '/api/organisation/members'],
    ['a list for admins', onCases('case:list-visible', { roles: ['admin'] }), '/api/admin/retention'],
    ['one case', onCase('case:update'), '/api/cases/:code'],
    ['one case, a compartment', onCase('case:read-narrative', { compartment: 'team' }), '/api/cases/:code/fragments'],
    ['one case, the compartment from the body', onCase('case:write-narrative', { compartment: 'from-body' }), '/api/cases/:code/fragments'],
    [
      'one case and a further action',
      onCase('case:read-narrative', { compartment: 'team', alsoMay: { action: 'case:manage-consents', refusal: 'No.' } }),
      '/api/cases/:code/options-sheet',
    ],
  ])('accepts %s', (_name, policy, url) => {
    expect(routePolicyProblem(policy, url)).toBeUndefined();
  });

  it.each([
    ['nothing', undefined, '/api/x', /no policy/],
    ['null', null, '/api/x', /no policy/],
    ['a plain string', 'signed-in', '/api/x', /not a RoutePolicy/],
    ['an unknown kind', { kind: 'admin' }, '/api/x', /unknown kind/],
    ['no session stage', { kind: 'signed-in', stages: [] }, '/api/x', /session stage/],
    ['an unknown stage', { kind: 'signed-in', stages: ['half'] }, '/api/x', /session stage/],
    ['an unknown role', { kind: 'cases', action: 'case:list-visible', roles: ['root'] }, '/api/x', /unknown role/],
    ['an organisation action that is not one', { kind: 'org', action: 'case:update' }, '/api/x', /organisation action/],
    ['a case list on an org action', { kind: 'cases', action: 'org:manage-members' }, '/api/x', /unknown case action/],
    ['a case policy without :code', onCase('case:update'), '/api/cases', /no :code/],
    ['a :code under a session policy', signedIn(), '/api/cases/:code', /does not open the case/],
    ['a :code open to the public', PUBLIC, '/api/test/:code/x', /does not open the case/],
    ['a narrative action without a compartment', { kind: 'case', action: 'case:read-narrative' }, '/api/cases/:code', /without a compartment/],
    ['an unknown compartment', { kind: 'case', action: 'case:read-narrative', compartment: 'secret' }, '/api/cases/:code', /without a compartment/],
    ['a compartment on an action without one', { kind: 'case', action: 'case:update', compartment: 'team' }, '/api/cases/:code', /has none/],
    ['a further action without its refusal', { kind: 'case', action: 'case:update', alsoMay: { action: 'case:close' } }, '/api/cases/:code', /alsoMay/],
  ])('refuses %s', (_name, policy, url, problem) => {
    expect(routePolicyProblem(policy, url)).toMatch(problem);
  });

  it('never quotes the declared value', () => {
    expect(routePolicyProblem('case:secret-value', '/api/x')).not.toContain('secret-value');
    expect(routePolicyProblem({ kind: 'secret-value' }, '/api/x')).not.toContain('secret-value');
  });
});

describe('policyName', () => {
  it('says in the route table what guards each route', () => {
    expect(policyName(PUBLIC)).toBe('routePolicy(public)');
    expect(policyName(signedIn())).toBe('routePolicy(signed-in)');
    expect(policyName(ORG_ADMIN)).toBe('routePolicy(org:manage-members)');
    expect(policyName(onCases('case:list-visible'))).toBe('routePolicy(cases case:list-visible)');
    expect(policyName(onCase('case:close'))).toBe('routePolicy(case:close)');
    expect(policyName(onCase('case:read-narrative', { compartment: 'privileged' }))).toBe('routePolicy(case:read-narrative/privileged)');
  });
});
