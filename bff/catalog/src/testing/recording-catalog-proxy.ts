// A recording gRPC proxy in front of the real catalog service (see @shop/bff-platform/testing).
import { startRecordingProxy, type RecordingProxy } from '@shop/bff-platform/testing';
import { CatalogServiceService } from '@shop/contracts/catalog/v1';

/** A running recording proxy. */
export type RecordingCatalogProxy = RecordingProxy;

/** Starts a proxy on port 0 that forwards to the catalog service at `target`. */
export const startRecordingCatalogProxy = (target: string): Promise<RecordingCatalogProxy> =>
  startRecordingProxy(CatalogServiceService, target);
