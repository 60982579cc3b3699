package org.xinyu.it.workbench;

import org.junit.jupiter.api.Test;
import org.xinyu.it.XinyuServer;
import org.xinyu.platform.workbench.TranslationFiles;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No rendered view shows Vaadin's "!zh: key" marker of a missing translation, for any role, in Chinese and in
 * English; and both translation files hold the same keys.
 */
class TranslationsIT {

    static final Map<String, String[]> PAGES = Map.of(
            "counsellor", new String[]{"/queue", "/class", "/escalations", "/dashboard"},
            "teacher", new String[]{"/class", "/queue"},
            "gradelead", new String[]{"/escalations", "/dashboard", "/queue"},
            "leader", new String[]{"/escalations", "/dashboard"},
            "auditor", new String[]{"/audit", "/history", "/queue"},
            "admin", new String[]{"/", "/audit"});

    @Test
    void both_translation_files_hold_the_same_keys() {
        Set<String> chinese = keys(TranslationFiles.CHINESE);
        Set<String> english = keys(TranslationFiles.ENGLISH);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertEquals(Set.of(), onlyChinese, "keys missing in English");
        assertEquals(Set.of(), onlyEnglish, "keys missing in Chinese");
    }

    @Test
    void no_view_shows_an_untranslated_key() {
        try (Browser browser = Browser.open()) {
            browser.go("/login");
            browser.assertTranslated("the login page");
            for (Map.Entry<String, String[]> role : PAGES.entrySet()) {
                browser.login(role.getKey(), XinyuServer.DEMO_PASSWORD);
                for (boolean english : new boolean[]{false, true}) {
                    if (english) {
                        browser.go("/");
                        browser.click("#language-switch");
                    }
                    for (String page : role.getValue()) {
                        browser.go(page);
                        browser.find("vaadin-app-layout, .error-view");
                        browser.assertTranslated(page + " as " + role.getKey() + (english ? " in English" : ""));
                    }
                    if ("counsellor".equals(role.getKey())) {
                        browser.go("/queue");
                        browser.click("#queue-grid a.student-link");
                        browser.find("#case-why");
                        for (String tab : english
                                ? new String[]{"Follow-ups", "Risk assessments", "Home visits", "Referrals", "Screenings", "Timeline"}
                                : new String[]{"跟进任务", "风险评估", "家访", "转介", "心理筛查", "时间线"}) {
                            CaseworkIT.openTab(browser, tab);
                            browser.assertTranslated("the case file's tab " + tab);
                        }
                        browser.screenshot("case-timeline" + (english ? "-en" : ""));
                        browser.click("#case-summary-open");
                        browser.find("#case-summary");
                        browser.assertTranslated("the printed case summary" + (english ? " in English" : ""));
                    }
                }
                browser.go("/");
                browser.click("#language-switch");
                browser.logout();
            }
        }
    }

    private static Set<String> keys(String file) {
        return new TreeSet<>(TranslationFiles.load(file).stringPropertyNames());
    }
}
