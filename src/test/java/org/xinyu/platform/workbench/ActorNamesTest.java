package org.xinyu.platform.workbench;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.RequestContext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class ActorNamesTest {

    private static BiFunction<String, Object[], String> translator(String file) {
        Properties texts = TranslationFiles.load(file);
        return (key, args) -> new MessageFormat(texts.getProperty(key, "!" + key), Locale.ROOT).format(args);
    }

    @Test
    void every_actor_of_the_system_has_a_name_in_both_languages() {
        for (String file : new String[] {TranslationFiles.CHINESE, TranslationFiles.ENGLISH}) {
            Properties texts = TranslationFiles.load(file);
            assertNotNull(texts.getProperty("actor.named"), file);
            for (String actor : RequestContext.NON_ACCOUNT_ACTORS) {
                assertNotNull(texts.getProperty(ActorNames.key(actor)), file + ": " + actor);
            }
        }
    }

    @Test
    void the_system_is_named_in_the_readers_language_with_the_stored_name_to_search_by() {
        assertEquals("系统（system）", ActorNames.of("system", translator(TranslationFiles.CHINESE)));
        assertEquals("Scheduled re-evaluation (sweep)", ActorNames.of("sweep", translator(TranslationFiles.ENGLISH)));
    }

    @Test
    void an_account_is_named_by_its_username_as_stored() {
        assertEquals("wang.li", ActorNames.of("wang.li", translator(TranslationFiles.CHINESE)));
        assertEquals(null, ActorNames.of(null, translator(TranslationFiles.CHINESE)));
    }
}
