package org.xinyu.testkit;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * What every kit needs set that an installation sets itself: the embedded H2 is allowed (the server refuses it
 * outside demo mode), confidential notes get a key made up for this JVM, and the first
 * administrator is created as an installation creates it. Ordinal 50, below the
 * application's own sources, so a system property ({@code -Dxinyu.…}) still wins. Registered in
 * META-INF/services of the test classpath; only the kit's SmallRye Config reads it.
 */
public class KitConfigSource implements ConfigSource {

    private static final Map<String, String> VALUES = Map.of(
            "xinyu.allow-embedded-database", "true",
            "xinyu.notes.key", randomKey(),
            "xinyu.bootstrap.admin", XinyuKit.ADMIN,
            "xinyu.bootstrap.admin-password", XinyuKit.ADMIN_PASSWORD);

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return VALUES.get(propertyName);
    }

    @Override
    public String getName() {
        return "xinyu-test-kit";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
