package io.github.kinerja.examples.architecture;

import static io.github.kinerja.core.testing.PackageInfos.packagesWithoutNonnullDefault;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class PackageInfoTest {

    @Test
    void packages_declareNonnullDefault() {
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/main/java"))).isEmpty();
        assertThat(packagesWithoutNonnullDefault(Paths.get("src/test/java"))).isEmpty();
    }
}
