import type { Config } from '../../platform/config.ts';

/**
 * The environment a child process (a command-line tool, a projector to kill) needs to open the
 * same real stores as a test stack: its scratch database, namespace and data directory.
 */
export function realStoreEnv(config: Config, extra: Record<string, string> = {}): Record<string, string> {
  const { stores } = config;
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'silent',
    LOOMA_ENV: 'test',
    LOOMA_DATA_DIR: config.dataDir,
    STORE_NAMESPACE: config.namespace,
    DATABASE_URL: stores.postgres!.url,
    NEO4J_URL: stores.neo4j!.url,
    WEAVIATE_URL: stores.weaviate!.url,
    WEAVIATE_GRPC_PORT: String(stores.weaviate!.grpcPort),
    ELASTICSEARCH_URL: stores.elasticsearch!.url,
    REDIS_URL: stores.redis!.url,
    ...extra,
  };
}
