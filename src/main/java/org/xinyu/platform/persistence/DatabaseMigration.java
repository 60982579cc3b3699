package org.xinyu.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.xinyu.platform.XinyuSettings;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Brings the schema up to date before anything else runs, and refuses to start on the embedded
 * database outside demo mode unless told explicitly ({@code xinyu.allow-embedded-database=true}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Inject
    @XinyuDatabase
    DataSource dataSource;

    @Inject
    XinyuSettings settings;

    private String product;
    private String schema;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // lifecycle callbacks ignore the class-level attribute
    void migrate() {
        product = databaseProduct();
        if (isEmbedded() && !settings.demo() && !settings.allowEmbeddedDatabase()) {
            throw new IllegalStateException("Xinyu will not start on the embedded H2 database outside demo mode. "
                    + "Point XINYU_DB_URL at PostgreSQL, or set xinyu.allow-embedded-database=true to accept it.");
        }
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        var result = flyway.migrate();
        var current = flyway.info().current();
        schema = current == null ? "empty" : current.getVersion().getVersion();
        LOG.info(() -> "Database " + product + ": " + result.migrationsExecuted + " migration(s) applied, schema at " + schema);
    }

    /** The database and its schema version, as the start-up's ready line names them ("H2, schema 12"). */
    public String describe() {
        return product + ", schema " + schema;
    }

    public boolean isEmbedded() {
        return product.toLowerCase().contains("h2");
    }

    public boolean isPostgres() {
        return product.toLowerCase().contains("postgres");
    }

    private String databaseProduct() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database (jdbc/xinyu): " + e.getMessage(), e);
        }
    }
}
