/**
 * What one field of a BFF's schema costs the services (the per-BFF declaration).
 * Fields not declared cost nothing; declare every field whose resolver calls a service.
 */
export interface ServiceFieldCost {
  /**
   * Name of the service call (e.g. `catalog.ListCategories`). Two occurrences with the same
   * call and the same arguments are one call: the BFF deduplicates them per request.
   */
  call: string;
  /**
   * Resolved through a request-scoped DataLoader (or memo) that ignores the field's
   * arguments: one call per request however many parents or occurrences.
   */
  batched?: boolean;
  /** A page: `arg` sets how many rows the call returns (literal, variable or schema default). */
  list?: { arg: string; min: number; max: number };
  /** Rows one call returns when not a page (default 1). */
  rows?: number;
}

/** Field coordinate (`Type.field`) → cost; passed by each BFF to createBffApp. */
export type ServiceCostDeclaration = Readonly<Record<string, ServiceFieldCost>>;

/** Per-request budget: the most one request may cost the services. */
export interface BudgetLimits {
  /** Distinct service calls (after deduplication). */
  maxServiceCalls: number;
  /** Rows the services may return in total (page sizes, fixed list sizes). */
  maxRows: number;
  /** Aliased fields in the operation (fragments expanded). */
  maxAliases: number;
}
