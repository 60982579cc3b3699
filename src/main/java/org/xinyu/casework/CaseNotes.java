package org.xinyu.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.xinyu.platform.crypto.NoteCipher;

/**
 * Confidential case notes as they are stored: sealed (AES-GCM) when written, opened only for a caller
 * {@link CaseVisibility} allows. A blank note is no note.
 */
@ApplicationScoped
public class CaseNotes {

    @Inject
    NoteCipher cipher;

    /** The note sealed for storage; null for no note (null or blank). */
    String seal(String note) {
        return cipher.seal(blankToNull(note));
    }

    String open(String sealed) {
        return cipher.open(sealed);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
