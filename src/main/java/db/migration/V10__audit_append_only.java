package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * Makes audit_entry append-only in the database itself, so neither a bug nor a stolen application
 * connection can rewrite history: an UPDATE is always refused, a DELETE is refused for any entry younger
 * than {@value #MIN_RETENTION_DAYS} days (older entries may be purged by the database owner), and on
 * PostgreSQL a TRUNCATE is refused. audit_head (the chain's tip, which the application updates on every
 * append) is not affected.
 *
 * <p>PostgreSQL gets a PL/pgSQL trigger function. H2 has no procedural SQL, so it gets a trigger whose Java
 * source H2 compiles when it opens the database. The H2 driver sits on Payara's server class path, not in
 * the WAR, so the trigger must not name a class of the WAR, nor even one of H2 at compile time: it builds
 * H2's {@code org.h2.api.Trigger} as a dynamic proxy over JDK types only. H2 loads the compiled class with the
 * system class loader, which in Payara Micro cannot see H2 (it sits in Payara's runtime loader): the trigger
 * therefore takes the Trigger interface from the loader of the H2 class that calls it, found on the stack.
 * (Compiling needs a JDK, which Payara Micro runs on; H2 is the demo and development database only.)
 */
public class V10__audit_append_only extends BaseJavaMigration {

    /** Entries younger than this can never be deleted; the retention setting cannot go below it. */
    public static final int MIN_RETENTION_DAYS = 180;

    public static final String REFUSED = "audit_entry is append-only";

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        List<String> statements;
        if (product.contains("postgres")) {
            statements = postgres();
        } else if (product.contains("h2")) {
            statements = h2();
        } else {
            throw new IllegalStateException("No append-only guard for database " + product);
        }
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    public static List<String> postgres() {
        return List.of("""
                CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $guard$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        RAISE EXCEPTION '%: entry % cannot be changed', '{REFUSED}', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    ELSIF TG_OP = 'DELETE' THEN
                        IF OLD.at > (now() AT TIME ZONE 'UTC') - INTERVAL '{DAYS} days' THEN
                            RAISE EXCEPTION '%: entry % is younger than {DAYS} days and cannot be deleted', '{REFUSED}', OLD.id
                                USING ERRCODE = 'insufficient_privilege';
                        END IF;
                        RETURN OLD;
                    ELSE
                        RAISE EXCEPTION '%: it cannot be truncated', '{REFUSED}' USING ERRCODE = 'insufficient_privilege';
                    END IF;
                END
                $guard$""".replace("{REFUSED}", REFUSED).replace("{DAYS}", Integer.toString(MIN_RETENTION_DAYS)),
                "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
                        + "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
                "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
                        + "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
                "REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC");
    }

    public static List<String> h2() {
        return List.of("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW AS $$"
                + h2TriggerSource() + "$$");
    }

    /**
     * The body of H2's {@code create()} factory method. H2 casts the returned object to its Trigger
     * interface; row arrays are (id, at, ...) as declared in V2, {@code at} a TIMESTAMP in UTC.
     */
    static String h2TriggerSource() {
        return """
                Object create() throws Exception {
                    final Class<?> engine = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                        .walk(frames -> frames.map(StackWalker.StackFrame::getDeclaringClass)
                            .filter(c -> c.getName().startsWith("org.h2.") && !c.getName().startsWith("org.h2.dynamic."))
                            .findFirst())
                        .orElseThrow(() -> new IllegalStateException("not called by H2"));
                    final Class<?> type = Class.forName("org.h2.api.Trigger", false, engine.getClassLoader());
                    final long minAgeMillis = {DAYS}L * 24L * 60L * 60L * 1000L;
                    final String refused = "{REFUSED}";
                    return java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        new java.lang.reflect.InvocationHandler() {
                            public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
                                String name = method.getName();
                                if (name.equals("fire")) {
                                    Object[] oldRow = (Object[]) args[1];
                                    Object[] newRow = (Object[]) args[2];
                                    if (newRow != null) {
                                        throw new SQLException(refused + ": entry " + oldRow[0] + " cannot be changed", "42501");
                                    }
                                    Object at = oldRow[1];
                                    long atMillis;
                                    if (at instanceof java.sql.Timestamp) {
                                        atMillis = ((java.sql.Timestamp) at).getTime();
                                    } else if (at instanceof java.time.LocalDateTime) {
                                        atMillis = ((java.time.LocalDateTime) at).toInstant(java.time.ZoneOffset.UTC).toEpochMilli();
                                    } else {
                                        throw new SQLException(refused + ": cannot read the age of entry " + oldRow[0], "42501");
                                    }
                                    if (atMillis > System.currentTimeMillis() - minAgeMillis) {
                                        throw new SQLException(refused + ": entry " + oldRow[0]
                                            + " is younger than {DAYS} days and cannot be deleted", "42501");
                                    }
                                    return null;
                                }
                                if (name.equals("hashCode")) {
                                    return System.identityHashCode(proxy);
                                }
                                if (name.equals("equals")) {
                                    return proxy == args[0];
                                }
                                if (name.equals("toString")) {
                                    return "audit_entry append-only trigger";
                                }
                                return null;
                            }
                        });
                }
                """.replace("{REFUSED}", REFUSED).replace("{DAYS}", Integer.toString(MIN_RETENTION_DAYS));
    }
}
