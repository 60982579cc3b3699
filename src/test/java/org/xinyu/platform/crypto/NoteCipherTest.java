package org.xinyu.platform.crypto;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NoteCipherTest {

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return key;
    }

    private final NoteCipher cipher = new NoteCipher(key(7));

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "学生自述近两周失眠，情绪低落。", "a|b\nc\u0000d"})
    void a_sealed_note_opens_to_the_same_text(String note) {
        String sealed = cipher.seal(note);
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertEquals(note, cipher.open(sealed));
    }

    @Test
    void the_sealed_form_holds_no_plaintext() {
        String sealed = cipher.seal("canary-note-8271");
        assertFalse(sealed.contains("canary"));
        assertFalse(new String(Base64.getDecoder().decode(sealed.substring(3))).contains("canary"));
    }

    @Test
    void sealing_the_same_text_twice_uses_different_ivs() {
        Set<String> ivs = new HashSet<>();
        Set<String> sealed = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String s = cipher.seal("same note");
            sealed.add(s);
            ivs.add(Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(Base64.getDecoder().decode(s.substring(3)), 12)));
        }
        assertEquals(50, sealed.size());
        assertEquals(50, ivs.size());
    }

    @Test
    void a_flipped_bit_anywhere_is_refused_rather_than_misread() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal("confidential assessment").substring(3));
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            String bad = "v1:" + Base64.getEncoder().encodeToString(tampered);
            assertThrows(IllegalStateException.class, () -> cipher.open(bad), "byte " + i);
        }
    }

    @Test
    void another_key_cannot_open_a_note() {
        String sealed = cipher.seal("confidential");
        assertThrows(IllegalStateException.class, () -> new NoteCipher(key(8)).open(sealed));
    }

    @Test
    void a_value_that_is_not_sealed_is_refused_and_null_stays_null() {
        assertThrows(IllegalArgumentException.class, () -> cipher.open("plain text"));
        assertNull(cipher.seal(null));
        assertNull(cipher.open(null));
    }

    @Test
    void a_key_must_be_32_bytes() {
        assertThrows(IllegalStateException.class, () -> new NoteCipher(new byte[16]));
    }
}
