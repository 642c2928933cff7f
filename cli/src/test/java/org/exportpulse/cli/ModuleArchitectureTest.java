package org.exportpulse.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Data flows one way: formats → store → presenters; presenters hold no storage or parsing of their own. */
class ModuleArchitectureTest {

    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.exportpulse");

    @Test
    void formats_know_nothing_of_the_store_or_presenters() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.formats..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.exportpulse.store..", "org.exportpulse.cli..", "org.exportpulse.bundle..")
                .check(all);
    }

    @Test
    void the_store_knows_nothing_of_presenters() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.exportpulse.cli..", "org.exportpulse.bundle..")
                .check(all);
    }

    @Test
    void connectors_fetch_and_store_but_present_nothing() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.update..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.exportpulse.cli..",
                        "org.exportpulse.server..",
                        "org.exportpulse.brief..",
                        "org.exportpulse.export..",
                        "java.sql..")
                .check(all);
    }

    @Test
    void each_publishers_connector_knows_no_other() {
        List<String> connectors = List.of("sbp", "worldbank", "dbnomics");
        for (String source : connectors) {
            noClasses()
                    .that()
                    .resideInAPackage("org.exportpulse.update." + source + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(connectors.stream()
                            .filter(c -> !c.equals(source))
                            .map(c -> "org.exportpulse.update." + c + "..")
                            .toArray(String[]::new))
                    .check(all);
        }
    }

    @Test
    void exports_write_files_from_core_values_only() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.exportpulse.store..", "org.exportpulse.cli..", "org.exportpulse.formats..", "java.sql..")
                .check(all);
    }

    @Test
    void the_brief_writes_files_from_core_values_only() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.brief..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.exportpulse.store..",
                        "org.exportpulse.cli..",
                        "org.exportpulse.formats..",
                        "org.exportpulse.server..",
                        "java.sql..")
                .check(all);
    }

    @Test
    void the_checker_and_the_forecasting_engines_are_pure_computations() {
        noClasses()
                .that()
                .resideInAnyPackage("org.exportpulse.check..", "org.exportpulse.forecast..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "java.io..",
                        "com.fasterxml..",
                        "org.exportpulse.store..",
                        "org.exportpulse.formats..",
                        "org.exportpulse.bundle..",
                        "org.exportpulse.export..",
                        "org.exportpulse.brief..",
                        "org.exportpulse.jdemetra..",
                        "org.exportpulse.server..",
                        "org.exportpulse.cli..")
                .check(all);
    }

    @Test
    void the_checker_and_the_forecasting_engines_know_nothing_of_each_other() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.check..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.exportpulse.forecast..")
                .check(all);
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.forecast..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.exportpulse.check..")
                .check(all);
    }

    @Test
    void the_brief_composition_reaches_engines_through_core_ports_only() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.brief.compose..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.exportpulse.forecast..", "org.exportpulse.jdemetra..", "org.exportpulse.engines..")
                .check(all);
    }

    @Test
    void only_the_engines_module_wires_the_engines() {
        noClasses()
                .that()
                .resideOutsideOfPackages(
                        "org.exportpulse.engines..", "org.exportpulse.jdemetra..", "org.exportpulse.forecast..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.exportpulse.jdemetra..")
                .check(all);
    }

    @Test
    void the_cli_uses_no_jdbc_and_reads_no_data_files_itself() {
        noClasses()
                .that()
                .resideInAPackage("org.exportpulse.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "java.sql..", "org.jdbi..", "org.h2..", "org.flywaydb..", "org.exportpulse.store.jdbc..")
                .check(all);
    }
}
