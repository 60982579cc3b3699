package org.xinyu.security;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinyu.organisation.School;
import org.xinyu.organisation.SchoolClass;
import org.xinyu.organisation.SchoolDirectory;
import org.xinyu.platform.problem.ProblemException;
import org.xinyu.testkit.KitFixtures;
import org.xinyu.testkit.KitTest;
import org.xinyu.testkit.XinyuKit;
import org.xinyu.testkit.XinyuKit.AuditEntry;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Account administration in plain JUnit (org.xinyu.testkit): creating accounts as the administrator does, and refusals. */
class AccountServiceTest extends KitTest {

    static AccountAdministration accounts;

    @BeforeAll
    static void start() {
        accounts = kit.bean(AccountAdministration.class);
    }

    @Test
    void an_administrator_creates_a_head_teacher_who_leads_the_class_and_must_change_the_password_at_first_sign_in() {
        School school = fixtures.school();
        SchoolClass schoolClass = fixtures.schoolClass(school, 8, 2);
        long tip = kit.auditTip();

        UserAccount created = kit.asAdministrator(() -> accounts.create(new NewAccount("wang.li", "王丽",
                KitFixtures.PASSWORD, Set.of(Role.HEAD_TEACHER), school.id(), Set.of(), Set.of(schoolClass.id()))));

        assertTrue(created.passwordChangeRequired());
        assertEquals(Set.of(schoolClass.id()), kit.principal("wang.li").classIds());
        assertEquals(created.id(), kit.asAdministrator(() -> kit.bean(SchoolDirectory.class).classById(schoolClass.id()))
                .orElseThrow().headTeacherId());
        assertEquals(1, kit.count("user_account where username = 'wang.li' and password_hash <> ?", KitFixtures.PASSWORD),
                "the password is stored hashed");
        List<AuditEntry> written = kit.auditAfter(tip);
        assertTrue(written.stream().anyMatch(e -> e.action().equals("ACCOUNT_CREATE") && e.actor().equals(XinyuKit.ADMIN)
                && e.targetId().equals(created.id().toString())), () -> "audited: " + written);
        assertTrue(written.stream().anyMatch(e -> e.action().equals("PASSWORD_EXPIRE")), () -> "audited: " + written);
    }

    @Test
    void a_head_teacher_may_not_create_accounts_and_the_refusal_is_audited() {
        AccountPrincipal teacher = fixtures.schoolWithClass().headTeacher();
        long tip = kit.auditTip();

        ProblemException refused = assertThrows(ProblemException.class, () -> kit.as(teacher, () -> accounts.create(
                new NewAccount("zhao.min", "赵敏", KitFixtures.PASSWORD, Set.of(Role.SYSTEM_ADMIN), null, Set.of(), Set.of()))));

        assertEquals(403, refused.status());
        assertEquals(0, kit.count("user_account where username = 'zhao.min'"));
        List<AuditEntry> written = kit.auditAfter(tip);
        assertEquals(1, written.size(), () -> "audited: " + written);
        assertEquals("DENIED", written.get(0).outcome());
        assertEquals(teacher.username(), written.get(0).actor());
    }

    @Test
    void a_password_that_contains_the_username_is_refused_and_nothing_is_created() {
        long tip = kit.auditTip();

        ProblemException refused = assertThrows(ProblemException.class, () -> kit.asAdministrator(() -> accounts.create(
                new NewAccount("liu.yang", "刘洋", "Liu.yang-2026-secure", Set.of(Role.AUDITOR), null, Set.of(), Set.of()))));

        assertEquals(400, refused.status());
        assertEquals(List.of("password"), refused.errors().stream().map(e -> e.field()).distinct().toList());
        assertEquals(0, kit.count("user_account where username = 'liu.yang'"));
        assertEquals(List.of(), kit.auditAfter(tip));
    }
}
