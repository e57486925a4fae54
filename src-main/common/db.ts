// Database status and connection settings: the built-in Neo4j or the user's own.
import { z } from 'zod';
import { method } from './contract';

/** Where the database connection stands. */
type DbState = 'starting' | 'connected' | 'error' | 'stopped';

/** What the UI and `rendezvous db status` show about the database. */
export interface DbStatus {
  state: DbState;
  /** 'builtin' when Rendezvous runs Neo4j itself; 'external' for the user's own. */
  mode: 'builtin' | 'external';
  uri: string | null;
  database: string | null;
  version: string | null;
  edition: string | null;
  nodeCount: number | null;
  /** The Rendezvous home (config, data, logs). */
  home: string | null;
  /** The built-in Neo4j's data folder, when built-in. */
  dataDir: string | null;
  error: { code: string; message: string } | null;
}

/** Connection settings for the user's own Neo4j. */
export const ExternalNeo4jSchema = z
  .object({
    uri: z
      .string()
      .trim()
      .regex(/^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s]+$/, 'a neo4j:// or bolt:// URI'),
    username: z.string().min(1).max(200),
    password: z.string().max(1000),
    database: z.string().max(200).optional(),
  })
  .strict();
/** The user's own Neo4j, as saved in the config. */
export type ExternalNeo4j = z.infer<typeof ExternalNeo4jSchema>;

/** What Settings shows and saves. */
export interface ConnectionSettings {
  mode: 'builtin' | 'external';
  external: (Omit<ExternalNeo4j, 'password'> & { hasPassword: boolean }) | null;
  home: string;
  dataDir: string;
  /** True when NEO4J_URI in the environment overrides the saved choice. */
  fromEnvironment: boolean;
}

/** The result of "test connection". */
export interface ConnectionTest {
  ok: boolean;
  version: string | null;
  edition: string | null;
  message: string;
}

/** Database and settings methods. */
export const dbMethods = {
  dbStatus: method<DbStatus>()(
    z.object({}).strict(),
    'The database status: starting, connected (with version) or error.',
  ),
  getSettings: method<ConnectionSettings>()(z.object({}).strict(), 'The saved connection choice.'),
  testConnection: method<ConnectionTest>()(
    ExternalNeo4jSchema,
    'Tries to connect to a Neo4j with these settings.',
  ),
  saveSettings: method<ConnectionSettings>()(
    z.object({ mode: z.enum(['builtin', 'external']), external: ExternalNeo4jSchema.optional() }).strict(),
    'Saves the connection choice and reconnects.',
  ),
};
