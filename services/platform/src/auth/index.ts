export {
  principalFrom,
  requirePermission,
  requireSignedIn,
  isServiceCaller,
  type CallPrincipal,
  type CallerAuth,
} from './call-principal.js';
export { callerAuthEnvShape, loadCallerAuth, withPermission, type CallerAuthConfig } from './caller-auth.js';
export { loadServiceCredentials, type ServiceCredentials } from './service-credentials.js';
