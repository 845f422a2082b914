import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Runs an embedded Neo4j Community server with Bolt on 127.0.0.1:7687 and auth disabled.
 * usage: java -cp "lib/*:classes" Launcher HOME_DIR [BOLT_LISTEN_ADDRESS]
 */
public final class Launcher {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: Launcher HOME_DIR [BOLT_LISTEN_ADDRESS]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String bolt = args.length > 1 ? args[1] : "127.0.0.1:7687";

        // Raw settings, as in neo4j.conf (the 5.x builder takes raw settings only from a properties file).
        Path conf = home.resolve("conf/looma-neo4j.conf");
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, String.join("\n",
                "server.bolt.enabled=true",
                "server.bolt.listen_address=" + bolt,
                "dbms.security.auth_enabled=false",
                "server.memory.pagecache.size=128m",
                "dbms.usage_report.enabled=false",
                // small transaction logs: no 256 MiB preallocated files per database
                "db.tx_log.preallocate=false",
                "db.tx_log.rotation.size=32m",
                ""), StandardCharsets.UTF_8);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setUserLogProvider(new Log4jLogProvider(System.out)) // "Bolt enabled on ..." etc. to stdout
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("looma-neo4j: shutting down");
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "looma-neo4j-shutdown"));

        GraphDatabaseService db = dbms.database("neo4j");
        db.executeTransactionally("RETURN 1");
        System.out.println("looma-neo4j: ready, Bolt enabled on bolt://" + bolt + " (home " + home + ")");
        System.out.flush();

        stopped.await(); // keep the main thread alive until the shutdown hook has run
    }
}
