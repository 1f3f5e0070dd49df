import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';

/** Builds a grpc-js-shaped ServiceError for stub clients (optionally with `field` metadata). */
export function serviceError(code: GrpcStatus, details: string, field?: string): ServiceError {
  const metadata = new Metadata();
  if (field) metadata.set('field', field);
  return Object.assign(new Error(`${code} ${GrpcStatus[code]}: ${details}`), {
    code,
    details,
    metadata,
  });
}
