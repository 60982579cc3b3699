package org.xinyu.rules.api;

import org.xinyu.platform.Zones;
import org.xinyu.rules.ParameterTable;
import org.xinyu.rules.RuleSetService.RuleFile;
import org.xinyu.rules.RuleSetService.RuleSetDetail;
import org.xinyu.rules.RuleSetSummary;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A rule set as the API shows it: the list gives versions without contents; one version adds its DRL files,
 * its parameters with their meaning, and its scenarios (the same JSON format as {@code rules/scenarios/}).
 * {@code version} is null for a draft, which is named by {@code id}.
 */
public final class RuleSetDto {

    private RuleSetDto() {
    }

    public record Summary(long id, Integer version, String status, boolean active, Integer basedOn, String reason,
                          String createdBy, OffsetDateTime createdAt, String approvedBy, OffsetDateTime approvedAt,
                          String publishedBy, OffsetDateTime publishedAt) {
        static Summary of(RuleSetSummary s) {
            return new Summary(s.id(), s.version(), s.status().name(), s.active(), s.basedOn(), s.reason(), s.createdBy(),
                    Zones.schoolTime(s.createdAt()), s.approvedBy(), Zones.schoolTime(s.approvedAt()), s.publishedBy(), Zones.schoolTime(s.publishedAt()));
        }
    }

    public record File(String path, String text) {
        static File of(RuleFile f) {
            return new File(f.path(), f.content());
        }
    }

    public record Parameter(String name, String value, String meaning) {
        static Parameter of(ParameterTable.Parameter p) {
            return new Parameter(p.name(), p.value(), p.description());
        }
    }

    public record Detail(Summary ruleSet, List<File> files, List<Parameter> parameters, List<File> scenarios) {
        static Detail of(RuleSetDetail d) {
            return new Detail(Summary.of(d.summary()), d.files().stream().map(File::of).toList(),
                    d.parameters().stream().map(Parameter::of).toList(), d.scenarios().stream().map(File::of).toList());
        }
    }
}
