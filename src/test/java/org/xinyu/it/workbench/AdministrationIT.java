package org.xinyu.it.workbench;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.Api;
import org.xinyu.it.Fixtures;
import org.xinyu.it.XinyuServer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The system administrator's 账号管理 and 学校与班级: a new school with a class and its new head teacher, who
 * must change the password at first sign-in and then finds the class in 我的班级; disabling an account closes
 * it; bad input is refused in words and changes nothing; other roles are kept out.
 */
class AdministrationIT {

    static final String INITIAL = "Chu-Shi-Mima-2026!";
    static final String OWN = "Wo-De-Xin-Mima-2026?";
    static final String TEMPORARY = "Lin-Shi-Mima-2026%";

    @Test
    void admin_creates_a_school_a_class_and_its_head_teacher_who_changes_the_password_and_finds_the_class() {
        String u = Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        String code = "IT-" + u.toUpperCase(Locale.ROOT);
        String schoolName = "渭南市临渭区实验中学" + u;
        String teacher = "ht-" + u;
        String teacherName = "测试班主任" + u.substring(0, 3);
        try (Browser browser = Browser.open()) {
            browser.login("admin", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("the administrator starts on 账号管理", () -> browser.driver.getCurrentUrl().endsWith("/accounts"));
            browser.find("#accounts-grid");
            assertTrue(browser.gridRows("accounts-grid").stream().anyMatch(r -> r.startsWith("admin | ")), "the accounts are listed");
            assertTrue(navLabels(browser).containsAll(List.of("账号管理", "学校与班级")), navLabels(browser).toString());
            browser.assertTranslated("the accounts");
            browser.screenshot("admin-accounts");

            // 1. the school
            browser.go("/schools");
            browser.click("#school-create");
            browser.type("school-code", code);
            browser.type("school-name", schoolName);
            browser.type("school-district", "临渭区");
            browser.choose("school-stage", "初级中学");
            browser.screenshot("admin-school-dialog");
            browser.click("#school-save");
            closed(browser, "school-save");
            browser.waitFor("the new school's classes", () -> browser.find("#classes-title").getText().equals(schoolName + "的班级"));
            browser.waitFor("the school in the list", () -> browser.gridRows("schools-grid").stream()
                    .anyMatch(r -> r.equals(code + " | " + schoolName + " | 临渭区 | 初级中学")));

            // 2. the head teacher's account: the school is its scope, the class comes with the class
            browser.go("/accounts");
            browser.click("#account-create");
            browser.type("account-username", teacher);
            browser.type("account-display-name", teacherName);
            browser.choose("account-role", "班主任");
            browser.choose("account-school", schoolName + "（" + code + "）");
            assertTrue(browser.find("#account-classes-hint").getText().contains("学校与班级"));
            browser.type("account-password", INITIAL);
            browser.type("account-password-repeat", INITIAL);
            browser.assertTranslated("the new-account dialog");
            browser.screenshot("admin-account-dialog");
            browser.click("#account-save");
            closed(browser, "account-save");
            String row = browser.waitFor("the new account, password to be changed", () -> browser.gridRows("accounts-grid").stream()
                    .filter(r -> r.startsWith(teacher + " | ")).findFirst().orElse(null));
            assertTrue(row.startsWith(teacher + " | " + teacherName + " | 班主任 | " + schoolName + " | 密码待修改"), row);

            // 3. the class, led by the new head teacher
            browser.go("/schools");
            selectRow(browser, "schools-grid", code);
            browser.waitFor("the school's classes", () -> browser.find("#classes-title").getText().equals(schoolName + "的班级"));
            browser.click("#class-create");
            browser.choose("class-grade", "7年级");
            browser.type("class-no", "3");
            browser.choose("class-teacher", teacherName + "（" + teacher + "）");
            browser.screenshot("admin-class-dialog");
            browser.click("#class-save");
            closed(browser, "class-save");
            browser.waitFor("the class with its head teacher", () -> browser.gridRows("classes-grid").stream()
                    .anyMatch(r -> r.startsWith("7年级3班 | " + teacherName + "（" + teacher + "）")));
            browser.assertTranslated("schools and classes");
            browser.screenshot("admin-school-classes");

            // changing the head teacher moves the class between the two accounts' scopes, and back
            String other = "ht2-" + u;
            Api.Reply second = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", other)
                    .add("displayName", "代班主任" + u.substring(0, 3)).add("password", INITIAL)
                    .add("roles", Json.createArrayBuilder().add("HEAD_TEACHER")).add("schoolCode", code).build());
            assertEquals(201, second.status(), second::toString);
            Api.keepChosenPassword(other, INITIAL);
            long classId = Api.as("admin").get("/api/v1/schools/" + code + "/classes").array().getJsonObject(0).getJsonNumber("id").longValue();
            assertEquals(List.of(classId), classIdsOf(teacher));
            changeHeadTeacher(browser, "代班主任" + u.substring(0, 3) + "（" + other + "）");
            browser.screenshot("admin-change-head-teacher");
            assertEquals(List.of(), classIdsOf(teacher));
            assertEquals(List.of(classId), classIdsOf(other));
            changeHeadTeacher(browser, teacherName + "（" + teacher + "）");
            assertEquals(List.of(classId), classIdsOf(teacher));
            assertEquals(List.of(), classIdsOf(other));

            browser.go("/accounts");
            browser.type("accounts-search", teacher);
            browser.waitFor("the head teacher's scope names the class", () -> browser.gridRows("accounts-grid").stream()
                    .anyMatch(r -> r.contains(schoolName + " · 7年级3班")));

            // a pupil for the class (students are added over the API or by the head teacher)
            String studentNo = Fixtures.uniqueNo();
            Api.Reply student = Api.as("admin").post("/api/v1/students", Json.createObjectBuilder()
                    .add("studentNo", studentNo).add("name", "新生李" + u.substring(0, 2)).add("gender", "F")
                    .add("birthDate", LocalDate.now().minusYears(13).toString()).add("schoolCode", code)
                    .add("grade", 7).add("classNo", 3).add("circumstances", Json.createArrayBuilder()).build());
            assertEquals(201, student.status(), student::toString);
            browser.logout();

            // 4. the new head teacher: password first, then 我的班级
            browser.login(teacher, INITIAL);
            browser.waitFor("the change-password page first", () -> browser.driver.getCurrentUrl().endsWith("/password"));
            browser.screenshot("new-teacher-must-change-password");
            browser.type("password-current", INITIAL);
            browser.type("password-new", OWN);
            browser.type("password-repeat", OWN);
            browser.click("#password-save");
            browser.waitFor("my class", () -> browser.driver.getCurrentUrl().endsWith("/class"));
            String pupil = browser.waitFor("the new class's pupil", () -> browser.gridRows("roster-grid").stream()
                    .filter(r -> r.contains(studentNo)).findFirst().orElse(null));
            // with one class the roster names no class on its rows (since 668e511); the pupil of 7-3 being the only row says it
            assertTrue(pupil.contains("新生李" + u.substring(0, 2)), pupil);
            assertEquals(1, browser.gridRows("roster-grid").size(), "the new head teacher sees the new class only");
            assertTrue(browser.bodyText().contains("我的班级"));
            browser.assertTranslated("the new head teacher's class");
            browser.screenshot("new-teacher-my-class");
        }
        assertEquals(401, Api.as(teacher, INITIAL).get("/api/v1/schools").status(), "the initial password is gone");
        assertEquals(200, Api.as(teacher, OWN).get("/api/v1/schools").status());
    }

    @Test
    void a_disabled_account_can_no_longer_sign_in_until_enabled_and_a_reset_password_must_be_changed() {
        String username = "it-off-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        String password = "Ting-Yong-Ceshi-2026#";
        Api.Reply created = Api.as("admin").post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", "停用测试").add("password", password).add("roles", Json.createArrayBuilder().add("COUNSELOR"))
                .add("schoolCode", Fixtures.SCHOOL).build());
        assertEquals(201, created.status(), created::toString);
        Api.keepChosenPassword(username, password);
        assertEquals(200, Api.as(username, password).get("/api/v1/schools").status());

        try (Browser browser = Browser.open()) {
            browser.login("admin", XinyuServer.DEMO_PASSWORD);
            browser.find("#accounts-grid");
            browser.type("accounts-search", username);
            browser.waitFor("the account, active", () -> browser.gridRows("accounts-grid").stream()
                    .anyMatch(r -> r.startsWith(username + " | ") && r.contains("正常")));
            browser.click("vaadin-button.disable-account[data-username='" + username + "']");
            browser.find("#disable-confirm");
            browser.screenshot("admin-disable-dialog");
            browser.click("#disable-confirm");
            closed(browser, "disable-confirm");
            browser.waitFor("the account, disabled", () -> browser.gridRows("accounts-grid").stream()
                    .anyMatch(r -> r.startsWith(username + " | ") && r.contains("已停用") && !r.contains("正常")));
            browser.find("vaadin-button.enable-account[data-username='" + username + "']");
            browser.screenshot("admin-account-disabled");
            browser.logout();

            browser.type("username", username);
            browser.type("password", password);
            browser.click("#sign-in");
            assertEquals("用户名或密码不正确，或账号已被锁定。", browser.find("#login-failure").getText());
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login"));
            assertTrue(browser.driver.findElements(By.id("sign-out")).isEmpty(), "not signed in");
            browser.screenshot("disabled-account-refused");
            assertEquals(401, Api.as(username, password).get("/api/v1/schools").status(), "nor on the API");

            browser.login("admin", XinyuServer.DEMO_PASSWORD);
            browser.type("accounts-search", username);
            browser.click("vaadin-button.enable-account[data-username='" + username + "']");
            browser.waitFor("the account, active again", () -> browser.gridRows("accounts-grid").stream()
                    .anyMatch(r -> r.startsWith(username + " | ") && r.contains("正常")));
            assertEquals(200, Api.as(username, password).get("/api/v1/schools").status(), "enabled again, it signs in");

            // a forgotten password: a temporary one, to be changed at the next sign-in
            browser.click("vaadin-button.reset-password[data-username='" + username + "']");
            browser.type("reset-password", TEMPORARY);
            browser.type("reset-password-repeat", TEMPORARY);
            browser.screenshot("admin-reset-password");
            browser.click("#reset-save");
            closed(browser, "reset-save");
            browser.waitFor("the account, password to be changed", () -> browser.gridRows("accounts-grid").stream()
                    .anyMatch(r -> r.startsWith(username + " | ") && r.contains("密码待修改") && !r.contains("正常")));
        }
        assertEquals(401, Api.as(username, password).get("/api/v1/schools").status(), "the old password is gone");
        assertEquals(403, Api.as(username, TEMPORARY).get("/api/v1/schools").status(), "the temporary one must be changed first");
    }

    @Test
    void bad_input_is_refused_in_words_and_creates_nothing() {
        String fresh = "it-bad-" + Fixtures.uniqueNo().substring(1, 9).toLowerCase(Locale.ROOT);
        long accountsBefore = Api.as("admin").get("/api/v1/users?size=1").json().getJsonNumber("total").longValue();
        long schoolsBefore = Api.as("admin").get("/api/v1/schools?size=1").json().getJsonNumber("total").longValue();
        String counsellorBefore = Api.as("admin").get("/api/v1/users/counsellor").body();
        try (Browser browser = Browser.open()) {
            browser.login("admin", XinyuServer.DEMO_PASSWORD);
            browser.find("#accounts-grid");

            // a username that exists
            browser.click("#account-create");
            browser.type("account-username", "counsellor");
            browser.type("account-display-name", "重名测试");
            browser.choose("account-role", "心理教师");
            browser.choose("account-school", "渭南市临渭区育红初级中学（WN-LW-001）");
            browser.type("account-password", INITIAL);
            browser.type("account-password-repeat", INITIAL);
            browser.click("#account-save");
            assertEquals("该用户名已被使用。", fieldError(browser, "account-username"));
            browser.screenshot("admin-duplicate-username");

            // a weak password
            browser.type("account-username", fresh);
            browser.type("account-password", "weak");
            browser.type("account-password-repeat", "weak");
            browser.click("#account-save");
            String passwordError = fieldError(browser, "account-password");
            assertTrue(passwordError.contains("密码至少 12 位。"), passwordError);
            assertTrue(passwordError.contains("请包含小写字母、大写字母、数字、其他字符中的 3 类。"), passwordError);
            assertEquals("", fieldError(browser, "account-username"), "the username is fine now");
            assertFalse(browser.bodyText().contains("Exception"), "no stack trace");
            browser.assertTranslated("the refused new account");
            browser.screenshot("admin-weak-password");
            browser.click("#account-cancel");
            closed(browser, "account-save");

            // a school code that exists
            browser.go("/schools");
            browser.click("#school-create");
            browser.type("school-code", "WN-LW-001");
            browser.type("school-name", "重复代码测试学校");
            browser.type("school-district", "临渭区");
            browser.choose("school-stage", "小学");
            browser.click("#school-save");
            assertEquals("已有学校使用此代码。", fieldError(browser, "school-code"));
            browser.screenshot("admin-duplicate-school");

            // the pages in English, too
            browser.go("/accounts");
            browser.click("#language-switch");
            for (String page : new String[]{"/accounts", "/schools"}) {
                browser.go(page);
                browser.find("vaadin-app-layout");
                browser.assertTranslated(page + " in English");
            }
            browser.screenshot("admin-schools-en");
            browser.click("#language-switch");
        }
        assertEquals(404, Api.as("admin").get("/api/v1/users/" + fresh).status(), "no account was created");
        assertEquals(accountsBefore, Api.as("admin").get("/api/v1/users?size=1").json().getJsonNumber("total").longValue());
        assertEquals(schoolsBefore, Api.as("admin").get("/api/v1/schools?size=1").json().getJsonNumber("total").longValue());
        assertEquals(counsellorBefore, Api.as("admin").get("/api/v1/users/counsellor").body(), "the existing account is untouched");
    }

    @Test
    void a_counsellor_is_denied_the_administration_pages() {
        try (Browser browser = Browser.open()) {
            browser.login("counsellor", XinyuServer.DEMO_PASSWORD);
            assertFalse(navLabels(browser).stream().anyMatch(l -> l.equals("账号管理") || l.equals("学校与班级") || l.equals("规则集")),
                    navLabels(browser).toString());
            for (String page : new String[]{"/accounts", "/schools", "/rules"}) {
                browser.go(page);
                browser.find(".error-view");
                String text = browser.bodyText();
                assertTrue(text.contains("无权执行此操作") && text.contains("您的角色不能打开此页面。"), page + ": " + text);
                assertTrue(browser.driver.findElements(By.id("accounts-grid")).isEmpty()
                        && browser.driver.findElements(By.id("schools-grid")).isEmpty()
                        && browser.driver.findElements(By.id("rule-sets")).isEmpty(), page + " shows nothing of the page");
                if (page.equals("/accounts")) {
                    browser.screenshot("counsellor-denied-accounts");
                }
            }
        }
    }

    // ---- helpers (Browser.java belongs to the whole suite; these stay here) ----

    static List<Long> classIdsOf(String username) {
        return Api.as("admin").get("/api/v1/users/" + username).json().getJsonArray("classIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
    }

    /** 更换班主任 on the (only) class of the selected school. */
    static void changeHeadTeacher(Browser browser, String teacherLabel) {
        browser.click("#classes-grid vaadin-button.change-teacher");
        browser.choose("teacher-select", teacherLabel);
        browser.click("#teacher-save");
        closed(browser, "teacher-save");
        browser.waitFor("the class led by " + teacherLabel, () -> browser.gridRows("classes-grid").stream()
                .anyMatch(r -> r.contains(" | " + teacherLabel)));
    }

    /** The texts of the side navigation's entries. */
    @SuppressWarnings("unchecked")
    static List<String> navLabels(Browser browser) {
        browser.find("#side-nav");
        return (List<String>) browser.js("return [...document.querySelectorAll('#side-nav vaadin-side-nav-item')]"
                + ".map(i => i.innerText.trim());");
    }

    /** Waits until the dialog holding the given button has closed. */
    static void closed(Browser browser, String buttonId) {
        browser.waitFor("the dialog closed", () -> browser.driver.findElements(By.id(buttonId)).isEmpty());
    }

    /** A field's error message as shown ("" while the field is valid). */
    static String fieldError(Browser browser, String fieldId) {
        browser.settle();
        return browser.waitFor("the state of " + fieldId, () -> {
            Object message = browser.js("const f = document.getElementById(arguments[0]);"
                    + " return f ? (f.invalid ? (f.errorMessage || '') : '') : null;", fieldId);
            return message == null ? null : (String) message;
        }) + "";
    }

    /** Clicks the grid row whose cell reads exactly {@code text} (the grid selects it). */
    static void selectRow(Browser browser, String gridId, String text) {
        browser.waitFor("row " + text, () -> {
            List<WebElement> cells = browser.driver.findElements(By.xpath("//vaadin-grid[@id='" + gridId
                    + "']/vaadin-grid-cell-content[normalize-space(.)='" + text + "']"));
            if (cells.isEmpty()) {
                browser.js("const g = document.getElementById(arguments[0]); g.scrollToIndex(g.size - 1);", gridId);
                return false;
            }
            browser.js("arguments[0].scrollIntoView({block: 'center'});", cells.get(0));
            cells.get(0).click();
            return true;
        });
        browser.settle();
    }
}
