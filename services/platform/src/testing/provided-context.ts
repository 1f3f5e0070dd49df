// Types what the integration global setup provides to tests (`inject('databaseUrl')`).
declare module 'vitest' {
  export interface ProvidedContext {
    /** PostgreSQL server URL (no database) shared by the integration tests. */
    databaseUrl: string;
  }
}

export {};
