package org.xinyu.casework.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.xinyu.casework.CaseView;
import org.xinyu.casework.FollowUp;
import org.xinyu.casework.StudentOutlook;
import org.xinyu.platform.Zones;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A case as api.md shows it; instants in Beijing time. */
public record CaseDto(long id, long studentId, String status, int version, String priority, OffsetDateTime priorityReachedAt,
                      List<ReasonDto> reasons, List<FollowUpDto> followUps, HomeVisitDto homeVisit, int ruleSetVersion,
                      StudentSummary student, List<AssessmentDto> assessments, List<ReferralDto> referrals,
                      OffsetDateTime openedAt, boolean confidentialVisible) {

    public record ReasonDto(String rule, String level, String key, List<String> args, String text) {
    }

    public record FollowUpDto(long id, String type, String ownerRole, OffsetDateTime dueAt, String status, String escalatedTo,
                              Long referralId, OffsetDateTime completedAt, String completedBy, String note, String rule) {
        static FollowUpDto of(FollowUp f, String note) {
            return new FollowUpDto(f.id(), f.type().name(), f.ownerRole().name(), Zones.schoolTime(f.dueAt()), f.status().name(),
                    f.escalationLevel() == null ? null : f.escalationLevel().name(), f.referralId(), Zones.schoolTime(f.completedAt()),
                    f.completedBy(), note, f.reason());
        }
    }

    public record HomeVisitDto(Integer intervalDays, boolean perSemester, LocalDate lastVisitOn, LocalDate nextDueBy,
                               boolean absentParentContactRequired, boolean absentParentContactReached) {
        static HomeVisitDto of(StudentOutlook o) {
            return o == null ? null : new HomeVisitDto(o.visitIntervalDays(), o.visitPerSemester(), o.lastVisitOn(), o.nextVisitDue(),
                    o.absentParentRequired(), o.absentParentReached());
        }
    }

    public record StudentSummary(long id, String name, String studentNo, int grade, int classNo, long classId) {
    }

    public record AssessmentDto(long id, String conclusion, OffsetDateTime assessedAt, String assessedBy, String note) {
    }

    public record ReferralDto(long id, String institution, String reason, boolean parentConsent, String status, String feedback,
                              OffsetDateTime openedAt, OffsetDateTime lastFeedbackAt, int version) {
    }

    public static CaseDto of(CaseView v) {
        var c = v.caseFile();
        var s = v.student();
        return new CaseDto(c.id(), c.studentId(), c.status().name(), c.version(), c.priority().name(), Zones.schoolTime(c.priorityReachedAt()),
                reasons(c.reasonsJson()),
                v.followUps().stream().map(f -> FollowUpDto.of(f.followUp(), f.note())).toList(),
                HomeVisitDto.of(v.outlook()), c.ruleSetVersion(),
                new StudentSummary(s.id(), s.name(), s.studentNo(), s.grade(), s.schoolClass().classNo(), s.classId()),
                v.assessments().stream().map(a -> new AssessmentDto(a.assessment().id(), a.assessment().conclusion().name(),
                        Zones.schoolTime(a.assessment().assessedAt()), a.assessment().assessedBy(), a.note())).toList(),
                v.referrals().stream().map(r -> new ReferralDto(r.referral().id(), r.referral().institution(), r.referral().reason(),
                        r.referral().parentConsent(), r.referral().status().name(), r.feedback(), Zones.schoolTime(r.referral().openedAt()),
                        Zones.schoolTime(r.referral().lastFeedbackAt()), r.referral().version())).toList(),
                Zones.schoolTime(c.openedAt()), v.confidentialVisible());
    }

    public static List<ReasonDto> reasons(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream().map(JsonValue::asJsonObject).map(o -> new ReasonDto(o.getString("rule"),
                    o.containsKey("level") ? o.getString("level") : null, o.getString("key"),
                    o.getJsonArray("args").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                    o.getString("text"))).toList();
        }
    }

}
