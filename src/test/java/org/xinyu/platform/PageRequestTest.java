package org.xinyu.platform;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PageRequestTest {

    @Test
    void a_page_whose_offset_would_overflow_is_refused_naming_page() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 500));
        assertEquals(400, e.status());
        assertEquals("page", e.errors().get(0).field());
        assertThrows(ProblemException.class, () -> PageRequest.of(8_589_935, 500));
    }

    @Test
    void the_deepest_allowed_page_has_an_offset_inside_an_int() {
        assertEquals(PageRequest.MAX_PAGE * 500, PageRequest.of(PageRequest.MAX_PAGE, 500).offset());
    }
}
