package vn.ishc.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void theAreaSumsWriteEachStatementRatherThanRewriteAnother() throws IOException {
        String source = Files.readString(Path.of("src/main/java/vn/ishc/reporting/Sums.java"));
        assertThat(source).doesNotContain(".replace(");
    }
}
