package org.xinyu.casework.workbench;

import java.util.Objects;
import org.xinyu.platform.workbench.TranslationFiles;

/** For tests outside this package: a shipped rule's Chinese name, under the key the workbench looks it up by. */
public final class ShippedRuleNames {

    private ShippedRuleNames() {
    }

    public static String inChinese(String rule) {
        return Objects.requireNonNull(TranslationFiles.load(TranslationFiles.CHINESE).getProperty(RuleNames.key(rule)),
                () -> "no Chinese name for " + rule);
    }
}
