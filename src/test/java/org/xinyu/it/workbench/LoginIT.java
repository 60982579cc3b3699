package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.xinyu.it.XinyuServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in to the workbench in Chinese: one generic message for a wrong password, then the role's start page. */
class LoginIT {

    @Test
    void wrong_then_right_password_signs_the_counsellor_in_and_out() {
        try (Browser browser = Browser.open()) {
            browser.go("/queue");
            browser.find("#sign-in");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login"), "signed-out visitors land on the login page");
            assertTrue(browser.bodyText().contains("用户名"), "the login page speaks Chinese");

            browser.type("username", "counsellor");
            browser.type("password", "not-the-password");
            browser.click("#sign-in");
            String failure = browser.find("#login-failure").getText();
            assertEquals("用户名或密码不正确，或账号已被锁定。", failure);
            browser.screenshot("login-failed");

            browser.type("username", "counsellor");
            browser.type("password", XinyuServer.DEMO_PASSWORD);
            browser.click("#sign-in");
            browser.waitFor("the case queue", () -> browser.driver.getCurrentUrl().endsWith("/queue"));
            browser.find("#queue-grid");
            assertTrue(browser.bodyText().contains("个案队列"));
            assertFalse(browser.driver.findElements(By.cssSelector("#side-nav vaadin-side-nav-item[path='audit']")).size() > 0,
                    "a counsellor is not offered the audit log");
            browser.assertTranslated("the case queue");
            browser.screenshot("queue-counsellor");

            browser.logout();
            browser.go("/queue");
            browser.find("#sign-in");
            assertTrue(browser.driver.getCurrentUrl().endsWith("/login"), "after signing out the queue is closed again");
        }
    }
}
