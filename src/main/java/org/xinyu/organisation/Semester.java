package org.xinyu.organisation;

import java.time.LocalDate;

/** One semester of a school year; {@code schoolYear} is the year the autumn semester starts in. */
public record Semester(Term term, int schoolYear, LocalDate start, LocalDate end) {

    public enum Term { AUTUMN, SPRING }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Default calendar: autumn 1 Sep – 31 Jan, spring 1 Feb – 31 Jul. */
    public static Semester defaultFor(LocalDate day) {
        int year = day.getYear();
        if (day.getMonthValue() >= 9) {
            return new Semester(Term.AUTUMN, year, LocalDate.of(year, 9, 1), LocalDate.of(year + 1, 1, 31));
        }
        if (day.getMonthValue() == 1) {
            return new Semester(Term.AUTUMN, year - 1, LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 1, 31));
        }
        // February to August: spring semester; August (summer holiday) still counts as the spring term's tail
        LocalDate springEnd = LocalDate.of(year, 7, 31);
        return new Semester(Term.SPRING, year - 1, LocalDate.of(year, 2, 1), day.isAfter(springEnd) ? LocalDate.of(year, 8, 31) : springEnd);
    }
}
