package dev.rendezvous.neo4j;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community embedded with the Bolt connector on 127.0.0.1, for one Rendezvous home.
 *
 * <p>Usage: {@code java -Xmx512m -jar rendezvous-neo4j.jar --home DIR --port PORT}. The password of the
 * {@code neo4j} user comes from the environment ({@code RENDEZVOUS_NEO4J_PASSWORD}) or from a file named by
 * {@code RENDEZVOUS_NEO4J_PASSWORD_FILE}, never from the command line, so it does not show in process lists.
 *
 * <p>The caller reads standard output: exactly one line starting with {@code RENDEZVOUS_NEO4J_READY} when
 * Bolt accepts connections, or one starting with {@code RENDEZVOUS_NEO4J_ERROR CODE} before a non-zero exit.
 * SIGTERM shuts the database down cleanly.
 */
public final class Launcher {
    static final String READY = "RENDEZVOUS_NEO4J_READY";
    static final String ERROR = "RENDEZVOUS_NEO4J_ERROR";
    static final String STOPPED = "RENDEZVOUS_NEO4J_STOPPED";

    static final int EXIT_USAGE = 2;
    static final int EXIT_DATA_LOCKED = 3;
    static final int EXIT_PORT_IN_USE = 4;
    static final int EXIT_FAILED = 5;
    static final int EXIT_OUT_OF_MEMORY = 6;

    private static final String DEFAULT_DATABASE = "neo4j";
    private static final String SYSTEM_DATABASE = "system";

    /**
     * The procedures Neo4j loads: what the app calls (server facts, full-text search, waiting for indexes) and
     * the read-only schema listings the console may call. Everything else is not even registered.
     */
    static final List<String> PROCEDURE_ALLOWLIST = List.of(
            "dbms.components",
            "db.info",
            "db.ping",
            "db.awaitIndexes",
            "db.labels",
            "db.relationshipTypes",
            "db.propertyKeys",
            "db.schema.visualization",
            "db.schema.nodeTypeProperties",
            "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes",
            "db.index.fulltext.queryRelationships");

    private Launcher() {}

    public static void main(String[] args) {
        exitOnUncaughtOutOfMemory();
        Map<String, String> options = parse(args);
        String home = options.get("--home");
        String portText = options.get("--port");
        if (home == null || portText == null) {
            fail(EXIT_USAGE, "USAGE", "usage: --home DIR --port PORT (password in RENDEZVOUS_NEO4J_PASSWORD)");
        }
        int port = 0;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            fail(EXIT_USAGE, "USAGE", "--port must be a number, got " + portText);
        }
        if (port < 1 || port > 65535) fail(EXIT_USAGE, "USAGE", "--port must be between 1 and 65535");
        String password = readPassword();
        String pageCache = envOr("RENDEZVOUS_NEO4J_PAGECACHE", "128m");

        Path homePath = Path.of(home).toAbsolutePath();
        long started = System.nanoTime();
        say("starting Neo4j in " + homePath + " with Bolt on 127.0.0.1:" + port);

        Map<String, String> config = new HashMap<>();
        config.put("server.bolt.enabled", "true");
        config.put("server.bolt.listen_address", "127.0.0.1:" + port);
        config.put("server.bolt.advertised_address", "127.0.0.1:" + port);
        config.put("server.bolt.tls_level", "DISABLED");
        config.put("dbms.security.auth_enabled", "true");
        config.put("server.memory.pagecache.size", pageCache);
        config.put("db.tx_log.rotation.retention_policy", "2 files");
        config.put("server.directories.logs", homePath.resolve("logs").toString());
        config.put("dbms.usage_report.enabled", "false");
        hardenConfig(config, homePath);
        // Bolt otherwise waits 5 s per connector on shutdown; a local single-user server need not.
        config.put("internal.server.bolt.thread_pool_shutdown_wait_time", "1s");
        config.put("internal.server.bolt.connection_shutdown_wait_time", "1s");

        Path confFile = homePath.resolve("conf").resolve("neo4j.conf");
        try {
            writeConfig(confFile, config);
        } catch (IOException e) {
            fail(EXIT_FAILED, "FAILED", "cannot write " + confFile + ": " + e.getMessage());
        }

        DatabaseManagementService dbms = null;
        try {
            dbms = new DatabaseManagementServiceBuilder(homePath).loadPropertiesFromFile(confFile).build();
        } catch (Throwable t) {
            reportStartFailure(t, homePath, port);
        }

        final DatabaseManagementService service = dbms;
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("stopping Neo4j");
            try {
                service.shutdown();
                System.out.println(STOPPED);
            } catch (Throwable t) {
                say("shutdown failed: " + t);
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "rendezvous-neo4j-shutdown"));

        try {
            GraphDatabaseService db = service.database(DEFAULT_DATABASE);
            if (!db.isAvailable(TimeUnit.SECONDS.toMillis(60))) {
                fail(EXIT_FAILED, "NOT_AVAILABLE", "the database '" + DEFAULT_DATABASE + "' did not become available");
            }
            setPassword(service.database(SYSTEM_DATABASE), password);
            String[] component = versionAndEdition(db);
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            System.out.println(READY + " bolt://127.0.0.1:" + port + " version=" + component[0] + " edition="
                    + component[1] + " pid=" + ProcessHandle.current().pid() + " ms=" + ms);
            System.out.flush();
        } catch (Throwable t) {
            System.out.println(ERROR + " FAILED " + oneLine(t));
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(EXIT_FAILED);
        }

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The settings that make Neo4j itself refuse what the app never needs: file access from {@code LOAD CSV}
     * (no file URLs, and an empty import folder), procedures outside the ones the app and the console call, and
     * a single query that would exhaust the heap (transaction memory limits sized from this JVM's heap).
     */
    static void hardenConfig(Map<String, String> config, Path home) {
        Path importDir = home.resolve("import");
        try {
            Files.createDirectories(importDir);
            try (var entries = Files.list(importDir)) {
                if (entries.findAny().isPresent()) {
                    say("warning: " + importDir + " is not empty; LOAD CSV file URLs stay disabled regardless");
                }
            }
        } catch (IOException e) {
            fail(EXIT_FAILED, "FAILED", "cannot create the import folder " + importDir + ": " + e.getMessage());
        }
        config.put("server.directories.import", importDir.toString());
        config.put("dbms.security.allow_csv_import_from_file_urls", "false");
        config.put("dbms.security.procedures.allowlist", String.join(",", PROCEDURE_ALLOWLIST));
        long heap = Runtime.getRuntime().maxMemory();
        config.put("db.memory.transaction.max", mebibytes(heap / 4));
        config.put("dbms.memory.transaction.total.max", mebibytes(heap / 2));
    }

    private static String mebibytes(long bytes) {
        return Math.max(16, bytes / (1024 * 1024)) + "m";
    }

    /**
     * The JVM runs without -XX:+ExitOnOutOfMemoryError, so that a query which runs out of heap fails alone
     * (Neo4j answers it with Neo.TransientError.General.OutOfMemoryError and frees its memory). An
     * OutOfMemoryError that escapes any other thread still ends the process, with a line saying so.
     */
    private static void exitOnUncaughtOutOfMemory() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                System.out.println(ERROR + " OUT_OF_MEMORY " + error + " in thread " + thread.getName());
                System.out.flush();
                Runtime.getRuntime().halt(EXIT_OUT_OF_MEMORY);
            }
            System.err.println("Uncaught exception in thread " + thread.getName() + ": " + error);
            error.printStackTrace();
        });
    }

    /** Writes the settings this launcher owns; the file is regenerated on every start. */
    private static void writeConfig(Path file, Map<String, String> config) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder("# Written by the Rendezvous launcher on each start; edits are overwritten.\n");
        config.keySet().stream().sorted().forEach(k -> sb.append(k).append('=').append(config.get(k)).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    /** Sets the neo4j user's password to the given one; running it again with the same password is a no-op. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            say("password of user neo4j set");
        } catch (RuntimeException e) {
            if (String.valueOf(chainText(e)).contains("cannot be the same")) return;
            throw e;
        }
    }

    private static String[] versionAndEdition(GraphDatabaseService db) {
        return db.executeTransactionally(
                "CALL dbms.components() YIELD name, versions, edition WHERE name = 'Neo4j Kernel' "
                        + "RETURN versions[0] AS version, edition",
                Map.of(),
                result -> {
                    if (!result.hasNext()) return new String[] {"unknown", "unknown"};
                    Map<String, Object> row = result.next();
                    return new String[] {String.valueOf(row.get("version")), String.valueOf(row.get("edition"))};
                });
    }

    private static void reportStartFailure(Throwable t, Path home, int port) {
        String text = chainText(t);
        boolean bind = false;
        boolean locked = false;
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (c instanceof BindException || name.equals("PortBindException")) bind = true;
            if (name.equals("FileLockException")) locked = true;
        }
        if (text.contains("already in use") || text.contains("Address in use")) bind = true;
        if (text.contains("locked by another process")) locked = true;
        if (locked) {
            System.out.println(ERROR + " DATA_LOCKED the data folder " + home
                    + " is locked by another process (its store_lock is held)");
            t.printStackTrace(System.out);
            System.out.flush();
            System.exit(EXIT_DATA_LOCKED);
        }
        if (bind) {
            System.out.println(ERROR + " PORT_IN_USE 127.0.0.1:" + port + " is already in use");
            System.out.flush();
            System.exit(EXIT_PORT_IN_USE);
        }
        System.out.println(ERROR + " FAILED " + oneLine(t));
        t.printStackTrace(System.out);
        System.out.flush();
        System.exit(EXIT_FAILED);
    }

    private static String readPassword() {
        String password = System.getenv("RENDEZVOUS_NEO4J_PASSWORD");
        String file = System.getenv("RENDEZVOUS_NEO4J_PASSWORD_FILE");
        if ((password == null || password.isEmpty()) && file != null && !file.isEmpty()) {
            try {
                password = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                fail(EXIT_USAGE, "USAGE", "cannot read the password file " + file + ": " + e.getMessage());
            }
        }
        if (password == null || password.length() < 8) {
            fail(EXIT_USAGE, "USAGE",
                    "set RENDEZVOUS_NEO4J_PASSWORD (or RENDEZVOUS_NEO4J_PASSWORD_FILE) to a password of 8+ characters");
        }
        return password;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new HashMap<>();
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.startsWith("--") && i + 1 < list.size()) out.put(a, list.get(++i));
        }
        return out;
    }

    private static String envOr(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static String chainText(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) sb.append(c.getClass().getName()).append(": ").append(c.getMessage()).append('\n');
        return sb.toString();
    }

    private static String oneLine(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) root = root.getCause();
        String msg = root.getClass().getSimpleName() + ": " + root.getMessage();
        return msg.replace('\n', ' ');
    }

    private static void say(String message) {
        System.out.println("[rendezvous-neo4j] " + message);
        System.out.flush();
    }

    private static void fail(int exit, String code, String message) {
        System.out.println(ERROR + " " + code + " " + message);
        System.out.flush();
        System.exit(exit);
    }
}
