package org.xinyu.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.rules.RuleSets;
import org.xinyu.security.Role;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XinyuKitTest {

    static XinyuKit kit;

    @BeforeAll
    static void start() {
        kit = XinyuKit.start();
        System.out.println("XinyuKit started in " + kit.startMillis() + " ms");
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @Test
    void the_kit_starts_as_an_installation_does_migrated_with_the_first_administrator() throws Exception {
        assertTrue(kit.principal(XinyuKit.ADMIN).has(Role.SYSTEM_ADMIN));
        try (Connection c = kit.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from audit_entry where action = 'ACCOUNT_BOOTSTRAP'")) {
            rs.next();
            assertEquals(1, rs.getLong(1));
        }
    }
}
