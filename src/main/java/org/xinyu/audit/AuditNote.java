package org.xinyu.audit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a running use case tells its audit entry: the record it was about and a detail, known only once the work is
 * done (the case id behind a student, "conclusion HIGH"). The use case's interceptor opens a note before the method
 * and writes the entry from it after the method succeeds; the method only fills it in. Thread-bound, one note per
 * use case (a use case calling another's opens a second).
 */
public final class AuditNote {

    /** A further entry the same use case writes beside its own (e.g. a denial of part of a batch). */
    public record Extra(AuditAction action, String targetType, Object targetId, String detail) {
    }

    private static final ThreadLocal<Deque<AuditNote>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private AuditAction action;
    private String targetType;
    private Object targetId;
    private String detail;
    private boolean skipped;
    private final List<Extra> extras = new ArrayList<>();

    private AuditNote(AuditAction action, String targetType) {
        this.action = action;
        this.targetType = targetType;
    }

    /** Opens the note of a use case that is starting (called by the use case's interceptor only). */
    public static AuditNote open(AuditAction action, String targetType) {
        AuditNote note = new AuditNote(action, targetType);
        OPEN.get().push(note);
        return note;
    }

    /** Closes the note that {@link #open} returned. */
    public void close() {
        Deque<AuditNote> open = OPEN.get();
        open.remove(this);
        if (open.isEmpty()) {
            OPEN.remove();
        }
    }

    private static AuditNote current() {
        AuditNote note = OPEN.get().peek();
        if (note == null) {
            throw new IllegalStateException("no use case is running on this thread (is the method annotated @UseCase?)");
        }
        return note;
    }

    /** The record the entry is about, of the use case's declared type. */
    public static void target(Object id) {
        current().targetId = id;
    }

    public static void target(String type, Object id) {
        AuditNote note = current();
        note.targetType = type;
        note.targetId = id;
    }

    public static void detail(String detail) {
        current().detail = detail;
    }

    /** Writes the entry under another action than the declared one (a use case with two outcomes). */
    public static void action(AuditAction action) {
        current().action = action;
    }

    /** Nothing to audit this time (e.g. a lookup that found no record, so none was read). */
    public static void skip() {
        current().skipped = true;
    }

    public static void also(AuditAction action, String targetType, Object targetId, String detail) {
        current().extras.add(new Extra(action, targetType, targetId, detail));
    }

    public AuditAction action() {
        return action;
    }

    public String targetType() {
        return targetType;
    }

    public Object targetId() {
        return targetId;
    }

    public String detailText() {
        return detail;
    }

    public boolean skipped() {
        return skipped;
    }

    public List<Extra> extras() {
        return List.copyOf(extras);
    }
}
