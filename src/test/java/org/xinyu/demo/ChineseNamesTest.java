package org.xinyu.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChineseNamesTest {

    @Test
    void wang_li_and_zhang_are_the_three_most_common_surnames() {
        SplittableRandom rng = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(ChineseNames.surname(rng), 1, Integer::sum);
        }
        List<String> top = counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3).map(Map.Entry::getKey).sorted().collect(Collectors.toList());
        assertEquals(List.of("张", "李", "王").stream().sorted().collect(Collectors.toList()), top);
        assertTrue(counts.size() > 60, "surname variety " + counts.size());
    }

    @Test
    void given_names_have_one_or_two_characters_after_the_surname() {
        SplittableRandom rng = new SplittableRandom(11);
        int single = 0;
        for (int i = 0; i < 2_000; i++) {
            String gender = i % 2 == 0 ? "F" : "M";
            for (String name : List.of(ChineseNames.child(gender, rng), ChineseNames.adult(gender, rng))) {
                int length = name.codePointCount(0, name.length());
                assertTrue(length >= 2 && length <= 4, name);
                if (length == 2) {
                    single++;
                }
            }
        }
        assertTrue(single > 400 && single < 1_400, "single-character given names " + single);
    }

    @Test
    void the_same_generator_state_gives_the_same_names() {
        SplittableRandom a = new SplittableRandom(3);
        SplittableRandom b = new SplittableRandom(3);
        for (int i = 0; i < 100; i++) {
            assertEquals(ChineseNames.child("F", a), ChineseNames.child("F", b));
        }
    }

    @Test
    void an_unknown_gender_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNames.child("X", new SplittableRandom(1)));
    }
}
