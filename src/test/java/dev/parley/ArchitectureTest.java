package dev.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: between features (no two feature packages import each other, directly or through
 * others), and inside a feature from views to services to domain; library types stay out of the views.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.parley");
    }

    @Test
    void feature_packages_import_each_other_without_cycles() {
        slices().matching("dev.parley.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void base_depends_on_no_other_part_of_parley() {
        noClasses()
                .that()
                .resideInAPackage("dev.parley.base..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.parley..").and(resideOutsideOfPackage("dev.parley.base..")))
                .check(classes);
    }

    @Test
    void the_actor_and_event_domain_does_not_know_the_dataset_that_loads_it() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.parley.actor..", "dev.parley.event..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.parley.dataset..")
                .check(classes);
    }

    @Test
    void the_layout_imports_no_view() {
        noClasses()
                .that()
                .resideInAPackage("dev.parley.system..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .check(classes);
    }

    @Test
    void the_domain_does_not_depend_on_vaadin_spring_or_parsers() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.parley.actor", "dev.parley.event", "dev.parley.base")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.vaadin..",
                        "org.springframework..",
                        "org.snakeyaml..",
                        "org.jgrapht..",
                        "tools.jackson..",
                        "com.fasterxml..")
                .check(classes);
    }

    @Test
    void views_do_not_use_graph_or_yaml_libraries_directly() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.snakeyaml..", "org.jgrapht..", "tools.jackson..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .doNotHaveSimpleName("Application")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..ui..")
                .check(classes);
    }

    @Test
    void views_live_in_ui_packages() {
        classes()
                .that()
                .areAssignableTo(com.vaadin.flow.component.Component.class)
                .should()
                .resideInAnyPackage("..ui..", "dev.parley.chart..")
                .check(classes);
    }
}
