package org.xinyu.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.DefaultHashService;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Argon2id password hashes (Shiro's crypt format). Argon2id is slow on purpose, so an HTTP Basic client
 * that sends the same password with every call would pay it every time: after a successful check we keep,
 * in memory only, an HMAC of the password under a key born with this process, for a few minutes. A changed
 * password or a disabled account forgets it at once.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final Duration REMEMBER = Duration.ofMinutes(5);

    private final DefaultPasswordService passwords = new DefaultPasswordService();
    private final byte[] processKey = new byte[32];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String storedHash, byte[] mac, Instant until) {
    }

    /** The one password {@link #hashOncePerPassword} hashed last, as an HMAC, and its hash. */
    private record Shared(byte[] mac, String hash) {
    }

    private volatile Shared shared;

    public PasswordHashing() {
        DefaultHashService hashService = new DefaultHashService();
        hashService.setDefaultAlgorithmName("argon2id");
        passwords.setHashService(hashService);
        new SecureRandom().nextBytes(processKey);
    }

    public String hash(char[] password) {
        return passwords.encryptPassword(password);
    }

    /**
     * The hash of a password that many accounts share (the demo's published one): computed once, then the same hash
     * for the same password. Only {@link AccountAdministration#create} calls it, for the demo loader's accounts; it
     * remembers the last password only as an HMAC under this process's key, like the cache of recent sign-ins.
     */
    String hashOncePerPassword(char[] password) {
        byte[] mac = mac("", password);
        Shared known = shared;
        if (known != null && MessageDigest.isEqual(known.mac, mac)) {
            return known.hash;
        }
        String hash = hash(password);
        shared = new Shared(mac, hash);
        return hash;
    }

    public boolean matches(String username, char[] password, String storedHash, Clock clock) {
        byte[] mac = mac(username, password);
        Verified known = verified.get(username);
        Instant now = clock.instant();
        if (known != null && known.storedHash.equals(storedHash) && now.isBefore(known.until)
                && MessageDigest.isEqual(known.mac, mac)) {
            return true;
        }
        boolean ok = passwords.passwordsMatch(password, storedHash);
        if (ok) {
            verified.put(username, new Verified(storedHash, mac, now.plus(REMEMBER)));
        }
        return ok;
    }

    /**
     * A full Argon2id comparison whose answer is not used, never served from the cache of recent sign-ins: for
     * refusals (unknown user, disabled or locked account) that must cost what a wrong password costs.
     */
    public void compareForTiming(char[] password, String storedHash) {
        passwords.passwordsMatch(password, storedHash);
    }

    public void forget(String username) {
        verified.remove(username);
    }

    private byte[] mac(String username, char[] password) {
        Mac hmac = macs.get();
        hmac.update(username.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 0);
        hmac.update(new String(password).getBytes(StandardCharsets.UTF_8));
        return hmac.doFinal(); // also resets it for the thread's next call
    }

    /** A keyed HMAC per thread: looking up and keying a Mac cost a third of an API call's sign-in (profiled). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(processKey, "HmacSHA256"));
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    });
}
