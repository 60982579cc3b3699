package org.xinyu.platform.workbench;

import org.xinyu.platform.Zones;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as people in Weinan read them: 2026年11月29日, times in Beijing time. */
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(Zones.SCHOOL).toLocalDate(), locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(Zones.SCHOOL);
        return date(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    public static String dateTime(OffsetDateTime at, Locale locale) {
        return at == null ? "" : dateTime(at.toInstant(), locale);
    }

    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(Zones.SCHOOL));
    }
}
