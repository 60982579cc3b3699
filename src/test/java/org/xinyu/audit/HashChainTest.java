package org.xinyu.audit;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.audit.AuditRecord.Outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HashChainTest {

    private static final Instant AT = Instant.parse("2026-11-29T00:30:00.123Z");

    private static AuditRecord record(String detail) {
        return new AuditRecord(AT, "counsellor", "STUDENT_READ", "STUDENT", "42", Outcome.SUCCESS, "10.0.0.7", "req-1", detail);
    }

    @Test
    void the_canonical_form_is_id_millis_and_fields_joined_by_bars_in_a_fixed_order() {
        assertEquals("7|1795912200123|counsellor|STUDENT_READ|STUDENT|42|SUCCESS|10.0.0.7|req-1|looked at it",
                record("looked at it").canonical(7));
    }

    @Test
    void missing_fields_are_empty_and_a_bar_inside_a_field_cannot_shift_the_fields() {
        AuditRecord sparse = new AuditRecord(AT, "system", "SWEEP", null, null, Outcome.FAILURE, null, null, null);
        assertEquals("1|1795912200123|system|SWEEP|||FAILURE|||", sparse.canonical(1));
        assertEquals("7|1795912200123|counsellor|STUDENT_READ|STUDENT|42|SUCCESS|10.0.0.7|req-1|a/b/c",
                record("a|b|c").canonical(7));
    }

    @Test
    void the_canonical_form_ignores_sub_millisecond_time_as_the_database_may_not_keep_it() {
        AuditRecord precise = new AuditRecord(AT.plusNanos(456_789), "counsellor", "STUDENT_READ", "STUDENT", "42",
                Outcome.SUCCESS, "10.0.0.7", "req-1", "x");
        assertEquals(record("x").canonical(3), precise.canonical(3));
    }

    @Test
    void a_link_is_sha_256_over_the_previous_hash_a_newline_and_the_canonical_form() throws Exception {
        String canonical = record("x").canonical(1);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        String expected = HexFormat.of().formatHex(sha.digest((HashChain.GENESIS + "\n" + canonical).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, HashChain.link(HashChain.GENESIS, canonical));
        assertEquals(64, HashChain.link(HashChain.GENESIS, canonical).length());
        assertEquals("0".repeat(64), HashChain.GENESIS);
    }

    @Test
    void changing_any_field_the_id_or_the_previous_hash_changes_the_link() {
        String base = HashChain.link(HashChain.GENESIS, record("x").canonical(1));
        assertNotEquals(base, HashChain.link(HashChain.GENESIS, record("y").canonical(1)));
        assertNotEquals(base, HashChain.link(HashChain.GENESIS, record("x").canonical(2)));
        assertNotEquals(base, HashChain.link("1".repeat(64), record("x").canonical(1)));
        AuditRecord denied = new AuditRecord(AT, "counsellor", "STUDENT_READ", "STUDENT", "42", Outcome.DENIED, "10.0.0.7", "req-1", "x");
        assertNotEquals(base, HashChain.link(HashChain.GENESIS, denied.canonical(1)));
    }

    @Test
    void chinese_text_is_hashed_as_utf_8() throws Exception {
        String canonical = record("备注").canonical(1);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update((HashChain.GENESIS + "\n").getBytes(StandardCharsets.US_ASCII));
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(sha.digest()), HashChain.link(HashChain.GENESIS, canonical));
    }
}
