package org.xinyu.platform.crypto;

import org.xinyu.platform.XinyuSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * AES-256-GCM for confidential text (counselling and assessment notes). The key comes from configuration
 * outside the database: {@code xinyu.notes.key} (base64 of 32 bytes), or else a key file
 * ({@code xinyu.notes.key-file}); in demo mode a key file is created on first start. A sealed value is
 * {@code v1:<base64(iv || ciphertext+tag)>}, so a raw database dump holds no plaintext.
 */
@ApplicationScoped
public class NoteCipher {

    private static final Logger LOG = Logger.getLogger(NoteCipher.class.getName());
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    @Inject
    XinyuSettings.Notes settings;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec key;

    public NoteCipher() {
    }

    /** For unit tests and tools: a cipher over a given 32-byte key. */
    public NoteCipher(byte[] rawKey) {
        this.key = keyOf(rawKey);
    }

    @PostConstruct
    void init() {
        Optional<String> configuredKey = settings.key();
        Optional<String> keyFile = settings.keyFile();
        boolean demo = settings.demo();
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            key = keyOf(Base64.getDecoder().decode(configuredKey.get().trim()));
            return;
        }
        Path file = Path.of(keyFile.orElse(demo ? System.getProperty("user.dir") + "/xinyu-notes.key" : ""));
        if (keyFile.isEmpty() && !demo) {
            throw new IllegalStateException("No key for confidential notes: set XINYU_NOTES_KEY (base64 of 32 random bytes) "
                    + "or XINYU_NOTES_KEY_FILE. Keep the key outside the database and back it up separately.");
        }
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                random.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                LOG.warning("Created a new key for confidential notes at " + file + "; back it up, notes cannot be read without it.");
            }
            key = keyOf(Base64.getDecoder().decode(Files.readString(file).trim()));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the notes key file " + file, e);
        }
    }

    private static SecretKeySpec keyOf(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalStateException("The notes key must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public String seal(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not a sealed note");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A confidential note could not be decrypted (wrong key or tampered data)", e);
        }
    }
}
