package org.xinyu.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A demo screening administration, in the shape of the API's screening call.
 *
 * @param instrument {@code PHQ9} or {@code GAD7}
 * @param answers    item answers in order (9 for PHQ-9, 7 for GAD-7), each 0..3; immutable
 */
public record DemoScreening(String schoolCode, String studentNo, String instrument, LocalDate administeredOn,
                            List<Integer> answers) {

    public DemoScreening {
        answers = List.copyOf(answers);
    }

    public int total() {
        return answers.stream().mapToInt(Integer::intValue).sum();
    }
}
