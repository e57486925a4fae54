// The home's config file (mode 0600): the built-in Neo4j's generated password and the saved choice of database.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ExternalNeo4jSchema } from '../../common/db';
import type { ConnectionSettings, ExternalNeo4j } from '../../common/db';
import { RendezvousError } from '../../common/errors';
import { homePaths } from './home';

const ConfigSchema = z.object({
  version: z.literal(1).default(1),
  /** Which database the app uses when NEO4J_URI is not set. */
  mode: z.enum(['builtin', 'external']).default('builtin'),
  builtin: z.object({ password: z.string().min(8) }).optional(),
  external: ExternalNeo4jSchema.nullable().default(null),
});

/** The content of `HOME/config.json`. */
export type RendezvousConfig = z.infer<typeof ConfigSchema>;

/** Reads the config; a missing file is an empty config, a damaged one is a BAD_INPUT error naming the file. */
export function readConfig(home: string): RendezvousConfig {
  const file = homePaths(home).config;
  if (!existsSync(file)) return ConfigSchema.parse({});
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new RendezvousError(
      'BAD_INPUT',
      `The config file ${file} is not valid JSON (${(err as Error).message}); fix or delete it.`,
    );
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new RendezvousError(
      'BAD_INPUT',
      `The config file ${file} is invalid at "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'unknown'}; fix or delete it.`,
    );
  }
  return parsed.data;
}

/** Writes the config atomically with mode 0600 (it holds passwords); the home is created 0700 if missing. */
function writeConfig(home: string, config: RendezvousConfig): void {
  const file = homePaths(home).config;
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(ConfigSchema.parse(config), null, 2)}\n`, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  renameSync(tmp, file);
}

/** The built-in Neo4j's password, generated at random and saved on first use. */
export function ensureBuiltinPassword(home: string): string {
  const config = readConfig(home);
  if (config.builtin?.password) return config.builtin.password;
  const password = randomBytes(24).toString('base64url');
  writeConfig(home, { ...config, builtin: { password } });
  return password;
}

/** Saves which database to use; 'external' needs its settings. */
export function saveConnectionChoice(
  home: string,
  mode: 'builtin' | 'external',
  external?: ExternalNeo4j,
): void {
  if (mode === 'external' && !external) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      'Using your own Neo4j needs its URI, username and password.',
    );
  }
  const config = readConfig(home);
  writeConfig(home, { ...config, mode, external: external ?? config.external });
}

/** The external Neo4j named by NEO4J_URI and friends, or null when NEO4J_URI is unset. */
export function externalFromEnv(env: NodeJS.ProcessEnv = process.env): ExternalNeo4j | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  const parsed = ExternalNeo4jSchema.safeParse({
    uri,
    username: env.NEO4J_USERNAME?.trim() || 'neo4j',
    password: env.NEO4J_PASSWORD ?? '',
    database: env.NEO4J_DATABASE?.trim() || undefined,
  });
  if (!parsed.success) {
    throw new RendezvousError(
      'INVALID_ARGUMENT',
      `NEO4J_URI "${uri}" is not usable: ${parsed.error.issues[0]?.message ?? 'invalid'} (expected e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io).`,
    );
  }
  return parsed.data;
}

/** What Settings shows: the saved choice (password hidden) and whether the environment overrides it. */
export function connectionSettings(home: string, env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const config = readConfig(home);
  const fromEnv = externalFromEnv(env);
  const external = fromEnv ?? config.external;
  const { password, ...rest } = external ?? { password: '' };
  return {
    mode: fromEnv ? 'external' : config.mode,
    external: external
      ? { ...(rest as Omit<ExternalNeo4j, 'password'>), hasPassword: password.length > 0 }
      : null,
    home,
    dataDir: homePaths(home).dataDir,
    fromEnvironment: fromEnv !== null,
  };
}
