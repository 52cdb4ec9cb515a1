package io.github.kinerja.core.architecture;

import static io.github.kinerja.core.testing.PackageInfos.packagesWithoutNonnullDefault;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class PackageInfoTest {

    @Test
    void mainPackages_declareNonnullDefault() {
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/main/java"))).isEmpty();
    }

    @Test
    void testPackages_declareNonnullDefault() {
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/test/java"))).isEmpty();
    }
}
