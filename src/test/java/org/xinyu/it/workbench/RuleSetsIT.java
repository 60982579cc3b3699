package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.xinyu.it.Api;
import org.xinyu.it.XinyuServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule administrator's 规则集: version 1 (the shipped rules) is listed as active; its files read as text, its
 * parameters as a table with their meanings; running its scenarios passes every one.
 */
class RuleSetsIT {

    @Test
    void the_rule_administrator_reads_version_1_and_runs_its_scenarios() {
        try (Browser browser = Browser.open()) {
            browser.login("rules", XinyuServer.DEMO_PASSWORD);
            browser.waitFor("the rule administrator starts on 规则集", () -> browser.driver.getCurrentUrl().endsWith("/rules"));
            String version1 = browser.waitFor("version 1, active", () -> browser.gridRows("rule-sets").stream()
                    .filter(r -> r.startsWith("第 1 版 | 生效中")).findFirst().orElse(null));
            assertTrue(version1.contains("系统（system）"), version1);
            assertTrue(version1.contains("系统预置的默认规则（policy.md），第 1 版"), "the seeded reason in Chinese: " + version1);
            assertTrue(AdministrationIT.navLabels(browser).contains("规则集"), AdministrationIT.navLabels(browser).toString());
            assertFalse(AdministrationIT.navLabels(browser).contains("账号管理"), "a rule administrator does not manage accounts");

            AdministrationIT.selectRow(browser, "rule-sets", "第 1 版");
            browser.waitFor("version 1 opened", () -> browser.find("#rule-set-title").getText().equals("规则集第 1 版"));
            assertTrue(browser.find("#rule-set-meta").getText().contains("由 系统（system） 于"), browser.find("#rule-set-meta").getText());

            // a file: the list, then its text
            List<String> files = browser.waitFor("the rule files", () -> {
                List<String> rows = browser.gridRows("rule-files");
                return rows.isEmpty() ? null : rows;
            });
            assertTrue(files.contains("priority/crisis.drl"), files.toString());
            AdministrationIT.selectRow(browser, "rule-files", "priority/crisis.drl");
            String content = browser.waitFor("the file's text", () -> {
                String text = browser.find("#rule-file-content").getText();
                return text.contains("rule \"") ? text : null;
            });
            assertTrue(content.contains("CRISIS"), "the crisis rules read as written");
            String font = (String) browser.js("return getComputedStyle(document.getElementById('rule-file-content')).fontFamily;");
            assertTrue(font.contains("monospace"), font);
            browser.assertTranslated("the rule files");
            browser.screenshot("rules-version-1-file");

            // the parameters
            CaseworkIT.openTab(browser, "参数");
            String severe = browser.waitFor("the PHQ severe cut-off", () -> browser.gridRows("rule-parameters").stream()
                    .filter(r -> r.startsWith("phq.severe.min | 20 | ")).findFirst().orElse(null));
            assertTrue(severe.contains("重度"), "with its meaning in Chinese: " + severe);
            assertTrue(browser.gridRows("rule-parameters").size() > 40, "every parameter is listed");
            browser.screenshot("rules-version-1-parameters");

            // the scenarios
            browser.click("#run-scenarios");
            WebElement result = browser.waitFor("the scenario run", () -> {
                WebElement r = browser.find("#scenario-result");
                return r.getAttribute("data-all-passed") == null ? null : r;
            });
            assertEquals("true", result.getAttribute("data-all-passed"), result.getText());
            assertEquals("0", result.getAttribute("data-failed"));
            int passed = Integer.parseInt(result.getAttribute("data-passed"));
            assertTrue(passed >= 100, "the shipped scenarios all ran: " + passed);
            assertTrue(result.getText().contains("全部场景通过") && result.getText().contains("通过 " + passed + " 个，未通过 0 个"),
                    result.getText());
            assertTrue(browser.driver.findElements(By.id("scenario-failures")).stream().noneMatch(WebElement::isDisplayed),
                    "no failures listed");
            browser.assertTranslated("the scenario run");
            browser.screenshot("rules-scenarios-passed");

            browser.click("#language-switch");
            browser.go("/rules");
            browser.find("#rule-sets");
            browser.assertTranslated("the rule sets in English");
            browser.screenshot("rules-en");
            browser.click("#language-switch");
        }
        List<String> runs = Api.as("auditor").get("/api/v1/audit?actor=rules&action=RULESET_TEST").json().getJsonArray("items")
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(e -> e.getString("detail", "")).toList();
        assertTrue(runs.stream().anyMatch(d -> d.matches("passed \\d+, failed 0")), "the run is audited: " + runs);
    }
}
