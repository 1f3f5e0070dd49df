// Test-only entry (`@shop/apps-platform/testing`): never import it from app code.
export { fail, operationsOf, scriptedClient, type Responder } from './scripted-client.js';
export { signedInAs, testSession } from './test-session.js';
export { recordingCart } from './recording-cart.js';
