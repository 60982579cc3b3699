package org.xinyu.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.xinyu.platform.persistence.ServerResources;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The kit replaces the server's resources by replacing {@link ServerResources}; a {@code @PersistenceContext} or
 * {@code @Resource} anywhere else would stay null in the kit, so it is allowed only there.
 */
class ServerResourcesRuleTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.xinyu");

    @Test
    void server_resources_are_injected_only_into_server_resources() {
        noFields().that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(ServerResources.class.getName())
                .should().beAnnotatedWith(PersistenceContext.class).orShould().beAnnotatedWith(Resource.class)
                .because("every class takes them with @Inject, so that the test kit can provide them")
                .check(PRODUCTION);
        noMethods().that().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(ServerResources.class.getName())
                .should().beAnnotatedWith(PersistenceContext.class).orShould().beAnnotatedWith(Resource.class)
                .check(PRODUCTION);
    }
}
