package org.xinyu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** A synthetic city for the benchmarks, written straight into a fresh Xinyu database with JDBC (not a test). */
final class SyntheticCity {

    private SyntheticCity() {
    }

    /**
     * Bulk-loads {@code students} students into schools of {@code schoolSize} (codes BENCH-1, BENCH-2, …), classes of
     * {@code classSize} spread over {@code grades}, with realistic circumstances, PHQ-9 screenings and observations;
     * returns the student ids in load order (the first {@code schoolSize} are BENCH-1's).
     */
    static long[] load(String url, int students, int schoolSize, int classSize, int[] grades) throws Exception {
        Instant t0 = Instant.now();
        SplittableRandom r = new SplittableRandom(20261129);
        long[] ids = new long[students];
        try (Connection c = DriverManager.getConnection(url, "postgres", "x")) {
            c.setAutoCommit(false);
            long next = 50_000_000L;
            Timestamp now = Timestamp.from(Instant.now());
            LocalDate today = LocalDate.now();
            try (PreparedStatement school = c.prepareStatement("INSERT INTO school (id, code, name, district, stage, version) VALUES (?,?,?,?,?,0)");
                 PreparedStatement klass = c.prepareStatement("INSERT INTO school_class (id, school_id, grade, class_no, version) VALUES (?,?,?,?,0)");
                 PreparedStatement student = c.prepareStatement("INSERT INTO student (id, school_id, class_id, student_no, name, gender, birth_date, created_at, version) VALUES (?,?,?,?,?,?,?,?,1)");
                 PreparedStatement circ = c.prepareStatement("INSERT INTO student_circumstance (student_id, type, recorded_on) VALUES (?,?,?)");
                 PreparedStatement scr = c.prepareStatement("INSERT INTO screening_result (id, student_id, instrument, administered_on, answers, total_score, band, label, item9, critical, valid, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,?,?,?,?,true,?,'bench')");
                 PreparedStatement obs = c.prepareStatement("INSERT INTO observation (id, student_id, category, severity, observed_on, note, recorded_at, recorded_by) VALUES (?,?,?,?,?,NULL,?,'bench')")) {
                int perSchool = schoolSize;
                long schoolId = 0;
                long classId = 0;
                for (int i = 0; i < students; i++) {
                    if (i % perSchool == 0) {
                        schoolId = next++;
                        school.setLong(1, schoolId);
                        school.setString(2, "BENCH-" + (i / perSchool + 1));
                        school.setString(3, "基准学校" + (i / perSchool + 1));
                        school.setString(4, "临渭区");
                        school.setString(5, "COMPLETE");
                        school.executeUpdate();
                    }
                    if (i % perSchool % classSize == 0) {
                        int classIndex = (i % perSchool) / classSize; // (grade, class number) unique within the school
                        classId = next++;
                        klass.setLong(1, classId);
                        klass.setLong(2, schoolId);
                        klass.setInt(3, grades[classIndex % grades.length]);
                        klass.setInt(4, 1 + classIndex / grades.length);
                        klass.executeUpdate();
                    }
                    long id = next++;
                    ids[i] = id;
                    student.setLong(1, id);
                    student.setLong(2, schoolId);
                    student.setLong(3, classId);
                    student.setString(4, "S" + i);
                    student.setString(5, "学生" + i);
                    student.setString(6, r.nextBoolean() ? "F" : "M");
                    student.setObject(7, today.minusYears(13 + r.nextInt(5)));
                    student.setTimestamp(8, now);
                    student.addBatch();
                    String[] kinds = {"LEFT_BEHIND", "POOR", "SINGLE_PARENT", "DISABLED", "ADVERSE_EVENT"};
                    double[] rates = {0.2, 0.07, 0.08, 0.015, 0.03};
                    for (int k = 0; k < kinds.length; k++) {
                        if (r.nextDouble() < rates[k]) {
                            circ.setLong(1, id);
                            circ.setString(2, kinds[k]);
                            circ.setObject(3, today.minusDays(r.nextInt(700)));
                            circ.addBatch();
                        }
                    }
                    if (r.nextDouble() < 0.6) {
                        int[] answers = new int[9];
                        int total = 0;
                        for (int q = 0; q < 9; q++) {
                            answers[q] = r.nextDouble() < 0.75 ? 0 : 1 + r.nextInt(r.nextDouble() < 0.8 ? 1 : 3);
                            total += answers[q];
                        }
                        scr.setLong(1, next++);
                        scr.setLong(2, id);
                        scr.setString(3, "PHQ9");
                        scr.setObject(4, today.minusDays(r.nextInt(300)));
                        scr.setString(5, java.util.Arrays.toString(answers).replaceAll("[\\[\\] ]", ""));
                        scr.setInt(6, total);
                        String band = total >= 20 ? "SEVERE" : total >= 10 ? "MODERATE" : total >= 5 ? "MILD" : "NONE";
                        scr.setString(7, band);
                        scr.setString(8, band);
                        scr.setInt(9, answers[8]);
                        scr.setBoolean(10, answers[8] >= 2);
                        scr.setTimestamp(11, now);
                        scr.addBatch();
                    }
                    if (r.nextDouble() < 0.05) {
                        obs.setLong(1, next++);
                        obs.setLong(2, id);
                        obs.setString(3, r.nextDouble() < 0.05 ? "SELF_HARM_SIGNS" : "LOW_MOOD");
                        obs.setInt(4, 1 + r.nextInt(3));
                        obs.setObject(5, today.minusDays(r.nextInt(50)));
                        obs.setTimestamp(6, now);
                        obs.addBatch();
                    }
                    if (i % 2000 == 1999 || i == students - 1) {
                        student.executeBatch();
                        circ.executeBatch();
                        scr.executeBatch();
                        obs.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("ALTER SEQUENCE xinyu_seq RESTART WITH " + (next + 1000));
                st.execute("ANALYZE");
            }
            c.commit();
        }
        System.out.printf("loaded %d students in %.1f s%n", students, Duration.between(t0, Instant.now()).toMillis() / 1000.0);
        return ids;
    }

}
