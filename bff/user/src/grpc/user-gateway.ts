import type { Client } from '@grpc/grpc-js';
import {
  callUnary,
  closeGrpcClient,
  createGrpcClient,
  createHealthCheck,
  ErrorCode,
  forbiddenError,
  graphqlRuntime,
  toGraphQLError,
  type Logger,
} from '@shop/bff-platform';
import {
  UserServiceClient,
  type ListUsersRequest,
  type ListUsersResponse,
  type Role,
  type Session,
  type User,
} from '@shop/contracts/user/v1';
import { status as GrpcStatus } from '@grpc/grpc-js';
import { graphqlFieldName } from './field-names.js';

/** Who a call is for: the request id and, when signed in, the caller's access token. */
export interface UserCall {
  requestId: string;
  accessToken?: string;
}

/** The user service as the resolvers see it: promises, GraphQL errors, deadlines. */
export interface UserGateway {
  register(input: { email: string; displayName: string; password: string }, call: UserCall): Promise<Session>;
  login(input: { email: string; password: string }, call: UserCall): Promise<Session>;
  refresh(refreshToken: string, call: UserCall): Promise<Session>;
  logout(refreshToken: string, call: UserCall): Promise<void>;
  viewer(call: UserCall): Promise<User>;
  updateProfile(displayName: string, call: UserCall): Promise<User>;
  changePassword(input: { currentPassword: string; newPassword: string }, call: UserCall): Promise<Session>;
  listUsers(request: ListUsersRequest, call: UserCall): Promise<ListUsersResponse>;
  setRole(userId: string, role: Role, call: UserCall): Promise<User>;
  ready(): Promise<boolean>;
  close(): void;
}

/** Maps a failed call through THE platform mapping, renaming fields to GraphQL names; logs what is masked. */
function failure(logger: Logger, method: string, call: UserCall) {
  return (error: unknown): never => {
    // FAILED_PRECONDITION here is "you cannot change your own role", not the catalog's out of stock.
    if ((error as { code?: unknown }).code === GrpcStatus.FAILED_PRECONDITION) {
      throw forbiddenError((error as { details?: string }).details || 'Not allowed.');
    }
    const mapped = toGraphQLError(error);
    const code = mapped.extensions['code'];
    if (code === ErrorCode.Internal || code === ErrorCode.Unavailable) {
      logger.error({ request_id: call.requestId, err: error, method }, 'user call failed');
    }
    const field = mapped.extensions['field'];
    if (typeof field !== 'string') throw mapped;
    throw new graphqlRuntime.GraphQLError(mapped.message, { extensions: { ...mapped.extensions, field: graphqlFieldName(field) } });
  };
}

const CREDENTIAL_DEADLINE_MS = 5000;

function present<T>(value: T | undefined, method: string): T {
  if (value === undefined) throw new Error(`${method}: the service answered without a result`);
  return value;
}

/** Builds the gateway over a generated client; writes never retry, reads retry once on UNAVAILABLE. */
export function userGatewayFor(
  client: UserServiceClient,
  logger: Logger,
  ready: () => Promise<boolean>,
  deadlineMs = 2000,
): UserGateway {
  // Password hashing (argon2id) runs in register, login and changePassword: a longer deadline.
  const options = (call: UserCall, read = false, ms = deadlineMs) => ({
    deadlineMs: ms,
    requestId: call.requestId,
    accessToken: call.accessToken,
    retryOnUnavailable: read,
  });
  const fail = (method: string, call: UserCall) => failure(logger, method, call);
  return {
    register: (input, call) =>
      callUnary(client, 'register', input, options(call, false, CREDENTIAL_DEADLINE_MS)).then((r) => present(r.session, 'Register'), fail('Register', call)),
    login: (input, call) =>
      callUnary(client, 'login', input, options(call, false, CREDENTIAL_DEADLINE_MS)).then((r) => present(r.session, 'Login'), fail('Login', call)),
    refresh: (refreshToken, call) =>
      callUnary(client, 'refresh', { refreshToken }, options(call)).then((r) => present(r.session, 'Refresh'), fail('Refresh', call)),
    logout: (refreshToken, call) =>
      callUnary(client, 'logout', { refreshToken }, options(call)).then(() => undefined, fail('Logout', call)),
    viewer: (call) =>
      callUnary(client, 'getUser', { id: '' }, options(call, true)).then((r) => present(r.user, 'GetUser'), fail('GetUser', call)),
    updateProfile: (displayName, call) =>
      callUnary(client, 'updateProfile', { displayName }, options(call)).then((r) => present(r.user, 'UpdateProfile'), fail('UpdateProfile', call)),
    changePassword: (input, call) =>
      callUnary(client, 'changePassword', input, options(call, false, CREDENTIAL_DEADLINE_MS)).then((r) => present(r.session, 'ChangePassword'), fail('ChangePassword', call)),
    listUsers: (request, call) => callUnary(client, 'listUsers', request, options(call, true)).catch(fail('ListUsers', call)),
    setRole: (userId, role, call) =>
      callUnary(client, 'setRole', { userId, role }, options(call)).then((r) => present(r.user, 'SetRole'), fail('SetRole', call)),
    ready,
    close: () => closeGrpcClient(client as Client),
  };
}

/** The gateway over the shared channel to `address`; ready = the service's gRPC health is SERVING. */
export function createUserGateway(address: string, logger: Logger, deadlineMs = 2000): UserGateway {
  const health = createHealthCheck(address, 'shop.user.v1.UserService');
  const gateway = userGatewayFor(createGrpcClient(UserServiceClient, address), logger, () => health.check(), deadlineMs);
  return {
    ...gateway,
    close() {
      gateway.close();
      health.close();
    },
  };
}
