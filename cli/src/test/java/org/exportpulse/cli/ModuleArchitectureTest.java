package org.exportpulse.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
