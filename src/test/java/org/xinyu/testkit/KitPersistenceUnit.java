package org.xinyu.testkit;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/**
 * The application's persistence unit as the kit runs it: resource-local over the kit's H2, the managed classes
 * found by scanning the application's classes (so a new entity needs no list here), and the same EclipseLink
 * properties as src/main/resources/META-INF/persistence.xml (no shared cache, schema only from Flyway, no weaving).
 */
final class KitPersistenceUnit implements PersistenceUnitInfo {

    private final String name;
    private final DataSource dataSource;
    private final URL root;
    private final List<String> managedClasses;

    KitPersistenceUnit(String name, DataSource dataSource, URL root, List<String> managedClasses) {
        this.name = name;
        this.dataSource = dataSource;
        this.root = root;
        this.managedClasses = managedClasses;
    }

    @Override
    public String getPersistenceUnitName() {
        return "xinyu";
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        return root;
    }

    @Override
    public List<String> getManagedClassNames() {
        return managedClasses;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.AUTO;
    }

    @Override
    public Properties getProperties() {
        Properties p = new Properties();
        p.setProperty("eclipselink.ddl-generation", "none");
        p.setProperty("eclipselink.jdbc.batch-writing", "JDBC");
        p.setProperty("eclipselink.jdbc.batch-writing.size", "200");
        p.setProperty("eclipselink.logging.level", "WARNING");
        p.setProperty("eclipselink.logging.parameters", "false");
        p.setProperty("eclipselink.weaving", "false");
        p.setProperty("eclipselink.target-server", "None");
        // EclipseLink keeps one session per unit name and root in the JVM: without a name of its own, a second kit
        // would be handed the first kit's session, and so its database
        p.setProperty("eclipselink.session-name", name);
        return p;
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return Thread.currentThread().getContextClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving (eclipselink.weaving=false), as in the server
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return getClassLoader();
    }
}
