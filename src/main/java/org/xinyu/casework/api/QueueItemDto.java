package org.xinyu.casework.api;

import org.xinyu.casework.CaseQueue.QueueItem;
import org.xinyu.platform.Zones;

import java.time.OffsetDateTime;

public record QueueItemDto(long caseId, long studentId, String studentName, String studentNo, int grade, int classNo,
                           String priority, String status, OffsetDateTime nextDueAt, boolean overdue, OffsetDateTime priorityReachedAt) {
    public static QueueItemDto of(QueueItem q) {
        return new QueueItemDto(q.caseId(), q.studentId(), q.studentName(), q.studentNo(), q.grade(), q.classNo(),
                q.priority().name(), q.status().name(), Zones.schoolTime(q.nextDueAt()), q.overdue(), Zones.schoolTime(q.priorityReachedAt()));
    }
}
