import java.nio.file.Path;
import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs embedded Neo4j Community with only the Bolt connector, on loopback, without auth.
 * Usage: java -cp 'lib/*' Launcher.java <homeDir> <boltPort>
 * Prints "READY bolt://127.0.0.1:<port>" once it accepts connections; shuts down cleanly when
 * its standard input closes (the parent process died) or on SIGTERM.
 * Embedded Neo4j ships no usage reporter (no udc/usage_report classes in its jars), so it makes
 * no outbound connection.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, false)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
            .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
        service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(60_000);
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        // Block until the parent closes our stdin, so an orphaned JVM never outlives its owner.
        while (System.in.read() != -1) { }
        System.exit(0);
    }
}
