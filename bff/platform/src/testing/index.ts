// Test helpers for BFFs (import from '@shop/bff-platform/testing' in tests only).
export { serviceError } from './service-error.js';
export { postGraphQL, type RawAnswer } from './post-graphql.js';
export { rawRequest, comparableHeaders } from './raw-request.js';
export { stubGrpcClient, type StubCall, type StubReply } from './stub-grpc-client.js';
export { startRecordingProxy, type RecordingProxy, type RecordedCall } from './recording-proxy.js';
export { closedPort } from './closed-port.js';
export { startInProcessStack, graphqlRequester, type Defer, type GqlRequest, type GraphQLBody } from './in-process-stack.js';
export { describeBffEdge, EDGE_ORIGIN, type EdgeStart, type EdgeSuiteOptions, type EdgeInstanceConfig } from './edge-suite/describe-bff-edge.js';
export { startServiceBffStack, type ServiceBffStack } from './service-stack.js';
export { badTokens } from '../auth/bad-tokens.js';
