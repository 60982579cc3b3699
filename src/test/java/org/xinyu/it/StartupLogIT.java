package org.xinyu.it;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the server logs on start: no secret, none of Payara's noise that nobody can act on, and one line saying
 * Xinyu is ready, which a new user finds without scrolling.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StartupLogIT {

    /** Enough for Payara's own start, the migrations, the rule set and the demo data; the start logged 700 before. */
    static final int MOST_LINES_UNTIL_READY = 60;

    private static List<String> log() throws Exception {
        XinyuServer.baseUrl();
        Thread.sleep(500); // let the server flush its log
        return Files.readAllLines(XinyuServer.logFile(), StandardCharsets.UTF_8);
    }

    @Test
    void the_database_password_is_not_in_the_log() throws Exception {
        String password = XinyuServer.databasePassword();
        List<String> log = log();
        assertTrue(log.stream().anyMatch(l -> l.contains("migration(s) applied")), "not the server's log: " + XinyuServer.logFile());
        assertFalse(log.stream().anyMatch(l -> l.contains(password)), "the server log " + XinyuServer.logFile() + " holds the database password");
    }

    @Test
    void one_line_says_xinyu_is_ready_after_a_short_start() throws Exception {
        List<String> log = log();
        List<String> ready = log.stream().filter(l -> l.contains("Xinyu is ready")).toList();
        assertEquals(1, ready.size(), "one ready line in " + XinyuServer.logFile() + ": " + ready);
        int at = log.indexOf(ready.get(0));
        assertTrue(at < MOST_LINES_UNTIL_READY, "the ready line is line " + (at + 1) + " of " + XinyuServer.logFile());
    }

    @Test
    void the_start_logs_none_of_payaras_noise() throws Exception {
        List<String> log = log();
        for (String noise : List.of("AS-DEPLOYMENT-00015", "has expired", "NCLS-SECURITY-05054", "REST Endpoints")) {
            assertFalse(log.stream().anyMatch(l -> l.contains(noise)), noise + " in " + XinyuServer.logFile());
        }
    }
}
