package org.xinyu.testkit;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.eclipse.persistence.jpa.PersistenceProvider;
import io.smallrye.config.inject.ConfigExtension;
import org.h2.jdbcx.JdbcDataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.bootstrap.spi.BeanDiscoveryMode;
import org.xinyu.platform.ClockProducer;
import org.xinyu.platform.MovableClock;
import org.xinyu.platform.RequestContext;
import org.xinyu.platform.persistence.ServerResources;
import org.xinyu.security.AccountPrincipal;
import org.xinyu.security.UserAccount;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The application's real CDI beans in Weld SE, on a fresh in-memory H2 migrated by the real Flyway migrations,
 * with EclipseLink and Hibernate Validator: application services tested in plain JUnit, in seconds, with the same
 * interceptors as in the server ({@code @Transactional} by {@link KitTransactionalInterceptor}, and the
 * application's own interceptors with their {@code @Priority}), so a test goes through the real permission and
 * audit path.
 *
 * <p>What the kit replaces: {@link ServerResources} (the server's persistence context, {@code jdbc/xinyu},
 * transaction registry and executors) by its own ({@link KitExtension}); the sweep's scheduler (a test calls
 * {@code Sweep} itself). Everything else is the application's: DatabaseMigration migrates, ApplicationStartup
 * fires {@code ApplicationStarted} (rule set 1 is seeded, the first administrator {@value #ADMIN} is created from
 * {@code xinyu.bootstrap.admin}). Settings are read by SmallRye Config: defaults, then {@link KitConfigSource},
 * then system properties. Workbench views and REST resources are not started: they are tested by the ITs.
 *
 * <p>How to write a test of an application service:
 * <pre>{@code
 * class ObservationServiceTest {
 *     static XinyuKit kit = XinyuKit.shared();
 *
 *     @Test void a_head_teacher_records_an_observation() {
 *         ObservationService observations = kit.bean(ObservationService.class);
 *         AccountPrincipal teacher = ...;                       // made through the services, signed in as the admin
 *         Observation o = kit.as(teacher, () -> observations.record(studentId, new NewObservation(...)));
 *         ...                                                   // assert on what the services and the database say
 *     }
 * }
 * }</pre>
 * {@link #as} runs code as a signed-in account (a Shiro subject bound to the thread, and the request context that
 * the audit reads), {@link #asAdministrator} as the first administrator, {@link #inTransaction} reads or prepares
 * the database directly, {@link #clock()} moves time. Most test classes use the JVM's {@link #shared()} kit; {@link #start()}
 * gives one with a database of its own (close it in {@code @AfterAll}). The first start in a JVM took 7 s on
 * this 2-core machine beside other builds (12–36 s when it was saturated), a further one 2–3 s: Weld, the Flyway
 * migrations, compiling rule set 1 and one Argon2 hash, mostly class loading and JIT the first time.
 *
 * <p>When an IT is still needed: anything about HTTP (status codes, problem+json, filters, sessions, sign-in),
 * the workbench, the server's own transaction manager or JDBC pool, PostgreSQL, and start-up as an installation
 * runs it.
 */
public final class XinyuKit implements AutoCloseable {

    /** The first administrator's username and password, created at start as an installation's is ({@link KitConfigSource}). */
    public static final String ADMIN = "kit-admin";
    public static final String ADMIN_PASSWORD = "Tq7-harbour-lantern-91";

    /** Classes of the server that the kit replaces or does not run. */
    private static final Set<String> SERVER_ONLY = Set.of(ServerResources.class.getName(), "org.xinyu.rules.SweepScheduler");

    private static final AtomicInteger KITS = new AtomicInteger();
    private static final Logger LOG = Logger.getLogger(XinyuKit.class.getName());

    private final JdbcDataSource dataSource;
    private final Connection keepAlive;
    private final EntityManagerFactory factory;
    private final KitTransactions transactions;
    private final ExecutorService pool;
    private final ValidatorFactory validation;
    private final WeldContainer container;
    private final SecurityManager subjects = new DefaultSecurityManager();
    private final long startMillis;

    private XinyuKit() {
        long start = System.nanoTime();
        String name = "xinyu-kit-" + KITS.incrementAndGet();
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Scan scan = Scan.of(ServerResources.class);
        factory = new PersistenceProvider().createContainerEntityManagerFactory(
                new KitPersistenceUnit(name, dataSource, scan.root, scan.managed), java.util.Map.of());
        transactions = new KitTransactions(factory);
        pool = Executors.newFixedThreadPool(2);
        validation = Validation.buildDefaultValidatorFactory();
        KitExtension resources = new KitExtension(transactions, entityManager(transactions), dataSource,
                executor(pool), validation, scan.singletons);
        Weld weld = new Weld(name)
                .disableDiscovery()
                .setBeanDiscoveryMode(BeanDiscoveryMode.ANNOTATED)
                .addBeanClasses(scan.beans.toArray(Class<?>[]::new))
                .addBeanClasses(KitTransactionalInterceptor.ALL)
                .addExtension(resources)
                .addExtension(new ConfigExtension()) // @ConfigProperty, as MicroProfile Config serves it in Payara
                .skipShutdownHook();
        container = weld.initialize();
        try {
            for (Class<?> singleton : scan.startups) {
                instantiate(singleton);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        startMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Test kit " + name + " started in " + startMillis + " ms");
    }

    private static XinyuKit shared;

    /** A kit on a database of its own: migrated, rule set 1 seeded, the first administrator created. Close it after. */
    public static XinyuKit start() {
        return new XinyuKit();
    }

    /**
     * The JVM's one shared kit, started on first use and never closed (it ends with the JVM): what most test classes
     * want, since a start costs seconds. Tests that share it see each other's data, so each makes its own
     * ({@link KitFixtures}) and puts the clock back ({@code kit.clock().reset()}).
     */
    public static synchronized XinyuKit shared() {
        if (shared == null) {
            shared = new XinyuKit();
        }
        return shared;
    }

    /** How long {@link #start()} took, in milliseconds. */
    public long startMillis() {
        return startMillis;
    }

    public <T> T bean(Class<T> type, Annotation... qualifiers) {
        return container.select(type, qualifiers).get();
    }

    /** The application's clock; move it ({@link MovableClock#moveBy}) to test time-based rules. */
    public MovableClock clock() {
        return bean(ClockProducer.class).movable();
    }

    /** The kit's database, as the application sees it ({@code @XinyuDatabase DataSource}). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs {@code work} as the signed-in account: its Shiro subject and request context, as a request would. */
    public <T> T as(AccountPrincipal who, Supplier<T> work) {
        Subject subject = new Subject.Builder(subjects).principals(new SimplePrincipalCollection(who, "xinyu-kit"))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
        RequestContext.begin(null, "127.0.0.1");
        RequestContext.actor(who.username());
        ThreadContext.bind(subject);
        try {
            return work.get();
        } finally {
            ThreadContext.unbindSubject();
            RequestContext.end();
            transactions.forgetIdle();
        }
    }

    public void as(AccountPrincipal who, Runnable work) {
        as(who, () -> {
            work.run();
            return null;
        });
    }

    public <T> T asAdministrator(Supplier<T> work) {
        return as(principal(ADMIN), work);
    }

    /** The principal a sign-in of this account would give (roles and scope as stored now). */
    public AccountPrincipal principal(String username) {
        return inTransaction(() -> bean(EntityManager.class)
                .createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username).getSingleResult().toPrincipal());
    }

    /** Runs {@code work} in a transaction of its own (committed unless it throws), on the application's EntityManager. */
    public <T> T inTransaction(Supplier<T> work) {
        KitTransactions.Tx tx = transactions.begin();
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            transactions.end(tx, false);
            throw e;
        }
        transactions.end(tx, true);
        return result;
    }

    /** An entry of the audit trail as stored. */
    public record AuditEntry(long id, String actor, String action, String targetType, String targetId, String outcome,
                             String detail) {
    }

    /** The audit trail's entries after {@code afterId}, oldest first: what a call under test wrote. */
    public List<AuditEntry> auditAfter(long afterId) {
        try (Connection c = dataSource.getConnection();
             var query = c.prepareStatement("SELECT id, actor, action, target_type, target_id, outcome, detail "
                     + "FROM audit_entry WHERE id > ? ORDER BY id")) {
            query.setLong(1, afterId);
            List<AuditEntry> entries = new ArrayList<>();
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of the trail's last entry, to read what comes after with {@link #auditAfter}. */
    public long auditTip() {
        List<AuditEntry> all = auditAfter(-1);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).id();
    }

    /** Rows of a count query on the kit's database, e.g. {@code count("observation where student_id = ?", id)}. */
    public long count(String fromWhere, Object... args) {
        try (Connection c = dataSource.getConnection(); var query = c.prepareStatement("SELECT count(*) FROM " + fromWhere)) {
            for (int i = 0; i < args.length; i++) {
                query.setObject(i + 1, args[i]);
            }
            try (var rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (container != null && container.isRunning()) {
            container.shutdown();
        }
        transactions.forgetIdle();
        factory.close();
        pool.shutdownNow();
        validation.close();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // the database is gone with the kit either way
        }
    }

    private void instantiate(Class<?> type) {
        BeanManager beans = container.getBeanManager();
        @SuppressWarnings("unchecked")
        Bean<Object> bean = (Bean<Object>) beans.resolve(beans.getBeans(type));
        CreationalContext<Object> context = beans.createCreationalContext(bean);
        beans.getContext(ApplicationScoped.class).get(bean, context); // creates it: its @PostConstruct runs now
    }

    /** The application's EntityManager: the thread's transaction's persistence context, as in the server. */
    private static EntityManager entityManager(KitTransactions transactions) {
        return (EntityManager) Proxy.newProxyInstance(XinyuKit.class.getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null; // container-managed: the application does not close it
                    }
                    return invoke(transactions.entityManager(), method, args);
                });
    }

    /** A container executor over a small pool; the CompletableFuture extras of the interface are not used here. */
    private static ManagedExecutorService executor(ExecutorService pool) {
        return (ManagedExecutorService) Proxy.newProxyInstance(XinyuKit.class.getClassLoader(),
                new Class<?>[]{ManagedExecutorService.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass().isAssignableFrom(ExecutorService.class)) {
                        return invoke(pool, method, args);
                    }
                    throw new UnsupportedOperationException("the test kit's executor has no " + method.getName());
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The application's classes, from the directory or jar that holds them. */
    private record Scan(URL root, List<String> managed, List<Class<?>> beans, List<Class<?>> singletons,
                        List<Class<?>> startups) {

        static Scan of(Class<?> anchor) {
            try {
                URL root = anchor.getProtectionDomain().getCodeSource().getLocation();
                Path dir = Path.of(root.toURI());
                List<String> managed = new ArrayList<>();
                List<Class<?>> beans = new ArrayList<>();
                List<Class<?>> singletons = new ArrayList<>();
                List<Class<?>> startups = new ArrayList<>();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        String name = dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                                .replaceAll("\\.class$", "");
                        if (!name.startsWith("org.xinyu.") || name.endsWith("package-info") || skipped(name)) {
                            continue;
                        }
                        Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)
                                || type.isAnnotationPresent(MappedSuperclass.class) || type.isAnnotationPresent(Converter.class)) {
                            managed.add(name);
                        } else if (type.isAnnotationPresent(Singleton.class)) {
                            singletons.add(type);
                            if (type.isAnnotationPresent(Startup.class)) {
                                startups.add(type);
                            }
                        } else {
                            beans.add(type);
                        }
                    }
                }
                return new Scan(root, managed, beans, singletons, inStartOrder(startups));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException | ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean skipped(String name) {
            return SERVER_ONLY.contains(name) || name.contains(".workbench.") || name.contains(".api.")
                    || name.startsWith("org.xinyu.platform.rest.") || name.startsWith("org.xinyu.platform.health.");
        }

        /** Start-up singletons after those they depend on ({@code @DependsOn}, by simple name as the server reads it). */
        private static List<Class<?>> inStartOrder(List<Class<?>> startups) {
            List<Class<?>> ordered = new ArrayList<>();
            List<Class<?>> left = new ArrayList<>(startups);
            while (!left.isEmpty()) {
                Class<?> next = left.stream().filter(c -> {
                    DependsOn d = c.getAnnotation(DependsOn.class);
                    return d == null || Arrays.stream(d.value()).allMatch(n -> ordered.stream().anyMatch(o -> o.getSimpleName().equals(n))
                            || left.stream().noneMatch(o -> o.getSimpleName().equals(n)));
                }).findFirst().orElseThrow(() -> new IllegalStateException("start-up singletons depend on each other: " + left));
                ordered.add(next);
                left.remove(next);
            }
            return ordered;
        }
    }
}
