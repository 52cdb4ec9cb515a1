package io.github.kinerja.excel;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the real workbooks copied into the test resources under {@code fixtures/}. */
final class RealFixtures {

    private RealFixtures() {}

    /** Returns the path of a fixture, such as {@code ckp-provinsi/write.xlsx}. */
    static Path path(String name) {
        URL url = RealFixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test fixture " + name);
        }
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
