package org.xinyu.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.xinyu.platform.persistence.Ids;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A person's account: credentials (Argon2id hash only), roles, scope, and lockout state. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @SequenceGenerator(name = Ids.GENERATOR, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.GENERATOR)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "school_id")
    private Long schoolId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_grade", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "grade")
    private Set<Integer> grades = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_class", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "class_id")
    private Set<Long> classIds = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "first_failure_at")
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Workbench sessions that signed in at or before this moment are over, on every instance. */
    @Column(name = "sessions_revoked_at")
    private Instant sessionsRevokedAt;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, Long schoolId,
                       Set<Integer> grades, Set<Long> classIds, Instant now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.schoolId = schoolId;
        this.grades = new HashSet<>(grades);
        this.classIds = new HashSet<>(classIds);
        this.enabled = true;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    public AccountPrincipal toPrincipal() {
        return new AccountPrincipal(id, username, displayName, roles, schoolId, grades, classIds);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; locks the account when {@code maxFailures} fall within {@code window}. */
    public boolean recordFailure(Instant now, int maxFailures, Duration window, Duration lockFor) {
        if (firstFailureAt == null || now.isAfter(firstFailureAt.plus(window))) {
            firstFailureAt = now;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
            firstFailureAt = null;
            return true;
        }
        return false;
    }

    public void recordSuccess() {
        failedAttempts = 0;
        firstFailureAt = null;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.passwordChangeRequired = false;
    }

    /**
     * An administrator sets a temporary password: it counts as expired (to be changed at the next sign-in), and
     * a lockout from failed sign-ins is lifted, since the person has been helped back in.
     */
    public void resetPassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangedAt = now;
        this.passwordChangeRequired = true;
        recordSuccess();
    }

    /** The administrator's "change it at the next sign-in": the password counts as expired until changed. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /**
     * Whether the password must be changed before anything else: an administrator asked for it, or it is
     * {@code maxAge} old or older ({@code maxAge} zero or negative: passwords never expire by age).
     */
    public boolean isPasswordExpiredAt(Instant now, Duration maxAge) {
        return isPasswordExpired(passwordChangeRequired, passwordChangedAt, now, maxAge);
    }

    static boolean isPasswordExpired(boolean changeRequired, Instant changedAt, Instant now, Duration maxAge) {
        if (changeRequired) {
            return true;
        }
        return !maxAge.isNegative() && !maxAge.isZero() && !now.isBefore(changedAt.plus(maxAge));
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public void disable() {
        this.enabled = false;
    }

    /** Ends, on every instance, the workbench sessions that signed in at or before {@code now}. */
    public void revokeSessions(Instant now) {
        this.sessionsRevokedAt = now;
    }

    public void enable() {
        this.enabled = true;
    }

    public void addClass(long classId) {
        classIds.add(classId);
    }

    public void removeClass(long classId) {
        classIds.remove(classId);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<Integer> grades() {
        return Set.copyOf(grades);
    }

    public Set<Long> classIds() {
        return Set.copyOf(classIds);
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    public int version() {
        return version;
    }
}
