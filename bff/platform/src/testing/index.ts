// Test helpers for BFFs (import from '@shop/bff-platform/testing' in tests only).
export { serviceError } from './service-error.js';
export { postGraphQL, type RawAnswer } from './post-graphql.js';
export { rawRequest, comparableHeaders } from './raw-request.js';
export { badTokens } from '../auth/bad-tokens.js';
export { startRecordingGrpcProxy, type RecordingGrpcProxy, type RecordedCall } from './recording-grpc-proxy.js';
