// Every route declares who may call it in `config.policy`: 'public', 'signed-in' (any role,
// checked by the route), or a policy action from the access policy. A test enumerates the routes
// of the running server and fails on any route without one.
declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: string;
  }
}
export {};
