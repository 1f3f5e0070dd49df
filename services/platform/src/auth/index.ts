export { principalFrom, requirePermission, requireSignedIn } from './call-principal.js';
