package vn.ishc;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules meet only through each other's public root-level types, without cycles. */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(IshcApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedTypesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoTarget() {
        new Documenter(MODULES).writeModulesAsPlantUml();
    }
}
