package org.xinyu.testkit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolStage;
import org.xinyu.security.Role;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XinyuKitTest {

    static XinyuKit kit;

    @BeforeAll
    static void start() {
        kit = XinyuKit.start();
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    record Probe(@NotBlank String name) {
    }

    @Test
    void bean_validation_works_as_in_the_server() {
        Set<ConstraintViolation<Probe>> violations = kit.bean(Validator.class).validate(new Probe(" "));
        assertEquals(1, violations.size());
        assertEquals("name", violations.iterator().next().getPropertyPath().toString());
    }

    @Test
    void work_that_fails_in_a_transaction_leaves_nothing_behind() {
        long before = kit.count("school");
        assertThrows(IllegalStateException.class, () -> kit.inTransaction(() -> {
            kit.bean(EntityManager.class).persist(new School("ROLLED-BACK", "回滚中学", "临渭区", SchoolStage.JUNIOR));
            kit.bean(EntityManager.class).flush();
            throw new IllegalStateException("the work fails after its write");
        }));
        assertEquals(before, kit.count("school"));
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
