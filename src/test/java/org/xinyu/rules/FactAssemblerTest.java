package org.xinyu.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyu.casework.HomeVisitMode;
import org.xinyu.casework.HomeVisitRecord;

/** Of the home visits before the semester, only the latest of each student and mode are facts (FactWindows). */
class FactAssemblerTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);

    private static HomeVisitRecord v(long student, String day, HomeVisitMode mode) {
        return new HomeVisitRecord(student, LocalDate.parse(day), mode, false, null, Instant.EPOCH, "t");
    }

    static Stream<Arguments> visits() {
        HomeVisitRecord inSemester = v(1, "2026-09-03", HomeVisitMode.PHONE);
        HomeVisitRecord onFirstDay = v(1, "2026-09-01", HomeVisitMode.IN_PERSON);
        HomeVisitRecord latestInPerson = v(1, "2026-06-10", HomeVisitMode.IN_PERSON);
        HomeVisitRecord olderInPerson = v(1, "2026-03-10", HomeVisitMode.IN_PERSON);
        HomeVisitRecord latestPhone = v(1, "2026-03-10", HomeVisitMode.PHONE);
        HomeVisitRecord otherStudentsLatest = v(2, "2026-06-10", HomeVisitMode.PHONE);
        HomeVisitRecord otherStudentsOlder = v(2, "2025-06-10", HomeVisitMode.PHONE);
        HomeVisitRecord sameDayTwice = v(2, "2025-06-10", HomeVisitMode.WECHAT);
        return Stream.of(
                Arguments.of(List.of(), List.of()),
                Arguments.of(List.of(inSemester, onFirstDay), List.of(inSemester, onFirstDay)),
                // the query may return an older visit on a day that is another mode's (or student's) latest: dropped
                Arguments.of(List.of(latestInPerson, olderInPerson, latestPhone, inSemester), List.of(latestInPerson, latestPhone, inSemester)),
                Arguments.of(List.of(otherStudentsLatest, otherStudentsOlder, latestInPerson, sameDayTwice),
                        List.of(otherStudentsLatest, latestInPerson, sameDayTwice)));
    }

    @ParameterizedTest
    @MethodSource("visits")
    void before_the_semester_only_the_latest_visit_of_each_student_and_mode_is_kept(List<HomeVisitRecord> read, List<HomeVisitRecord> kept) {
        assertEquals(kept, FactAssembler.latestOfEachModeBefore(FROM, read));
    }
}
