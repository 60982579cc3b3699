package org.xinyu.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The lines of architecture.md, held by the build. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ArchitectureTest {

    static final String PERMITS = "org.xinyu.security.Permits";
    static final List<String> HTTP_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
            .stream().map(m -> "jakarta.ws.rs." + m).toList();

    /** The two top-level packages every feature may use and that know no feature. */
    static final Set<String> SHARED = Set.of("audit", "platform");

    static JavaClasses production;

    /**
     * The features: every top-level package of {@code org.xinyu} but {@link #SHARED}, read from the classes (a list
     * typed by hand would leave a new package unchecked).
     */
    static String[] features;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.xinyu", "db.migration");
        features = topLevelPackages(production).stream()
                .filter(p -> !SHARED.contains(p))
                .map(p -> "org.xinyu." + p + "..")
                .toArray(String[]::new);
    }

    static SortedSet<String> topLevelPackages(JavaClasses classes) {
        SortedSet<String> top = new TreeSet<>();
        for (JavaClass c : classes) {
            String name = c.getPackageName();
            if (name.startsWith("org.xinyu.")) {
                top.add(name.substring("org.xinyu.".length()).split("\\.")[0]);
            }
        }
        return top;
    }

    static final ArchCondition<JavaMethod> CARRY_PERMITS = new ArchCondition<>("carry @Permits") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            boolean ok = method.isAnnotatedWith(PERMITS);
            events.add(new SimpleConditionEvent(method, ok, method.getFullName()
                    + (ok ? " carries" : " does not carry") + " @Permits"));
        }
    };

    /** Every JAX-RS resource method carries @Permits; a build that finds none has lost its REST layer. */
    static final ArchRule REST_METHODS_DECLARE_PERMITS = methods().that().areDeclaredInClassesThat().areAnnotatedWith("jakarta.ws.rs.Path")
            .and().arePublic()
            .and(new com.tngtech.archunit.base.DescribedPredicate<JavaMethod>("have a JAX-RS HTTP method annotation") {
                @Override
                public boolean test(JavaMethod m) {
                    return HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith);
                }
            })
            .should(CARRY_PERMITS)
            .allowEmptyShould(false);

    /** Every Vaadin route carries @Permits; finding no route at all fails too (the rule would check nothing). */
    static final ArchRule ROUTES_DECLARE_PERMITS = classes().that().areAnnotatedWith("com.vaadin.flow.router.Route")
            .should().beAnnotatedWith(PERMITS)
            .allowEmptyShould(false);

    @Test
    void every_rest_method_declares_the_permissions_it_needs() {
        REST_METHODS_DECLARE_PERMITS.check(production);
    }

    @Test
    void every_workbench_route_declares_the_permissions_it_needs() {
        ROUTES_DECLARE_PERMITS.check(production);
    }

    @Test
    void the_permission_rules_fail_when_they_find_nothing_to_check() {
        // a package without resources or routes: a rule that passes here would also pass on a build whose
        // annotations it no longer sees (a renamed annotation, a moved package)
        JavaClasses nothingToCheck = new ClassFileImporter().importPackages("org.xinyu.audit");
        assertThrows(AssertionError.class, () -> REST_METHODS_DECLARE_PERMITS.check(nothingToCheck), "REST rule");
        assertThrows(AssertionError.class, () -> ROUTES_DECLARE_PERMITS.check(nothingToCheck), "route rule");
    }

    @Test
    void the_feature_list_is_read_from_the_packages() {
        // every top-level package with classes is a feature unless shared; nothing is listed by hand
        assertEquals(topLevelPackages(production).size() - SHARED.size(), features.length, () -> String.join(", ", features));
        assertTrue(List.of(features).containsAll(List.of("org.xinyu.casework..", "org.xinyu.rules..", "org.xinyu.student..",
                "org.xinyu.security..", "org.xinyu.demo..")), () -> String.join(", ", features));
        assertFalse(List.of(features).contains("org.xinyu.audit.."));
    }

    @Test
    void the_api_and_the_workbench_never_touch_jpa() {
        noClasses().that().resideInAnyPackage("org.xinyu..api..", "org.xinyu..workbench..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..")
                .check(production);
    }

    @Test
    void audit_and_platform_know_no_feature() {
        noClasses().that().resideInAnyPackage("org.xinyu.audit..", "org.xinyu.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(production);
    }

    @Test
    void security_knows_no_feature_but_audit_and_platform() {
        noClasses().that().resideInAPackage("org.xinyu.security..")
                .should().dependOnClassesThat(new com.tngtech.archunit.base.DescribedPredicate<JavaClass>("belong to another feature") {
                    @Override
                    public boolean test(JavaClass c) {
                        String p = c.getPackageName() + ".";
                        return p.startsWith("org.xinyu.") && !p.startsWith("org.xinyu.security.")
                                && !p.startsWith("org.xinyu.audit.") && !p.startsWith("org.xinyu.platform.");
                    }
                })
                .check(production);
    }

    @Test
    void features_do_not_form_cycles() {
        slices().matching("org.xinyu.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void domain_classes_depend_on_neither_the_api_nor_the_workbench() {
        noClasses().that().resideOutsideOfPackages("..api..", "..workbench..")
                .and().resideInAPackage("org.xinyu..")
                .should().dependOnClassesThat().resideInAnyPackage("org.xinyu..api..", "org.xinyu..workbench..")
                .check(production);
    }
}
