// The connection facts of the test run's Neo4j, handed from the global setup to test files.

/** The one built-in Neo4j started for the test run. */
export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
  /** Its Rendezvous home (a temporary folder). */
  home: string;
  pid: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}
