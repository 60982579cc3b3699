package org.xinyu.student.api;

import java.util.List;

public record CircumstancesDto(List<String> circumstances, Integer version) {
}
