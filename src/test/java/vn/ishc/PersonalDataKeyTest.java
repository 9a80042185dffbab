package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ishc.shared.PersonalDataCipher;

/**
 * The embedded database's key of personal numbers is a file beside its data folder, readable by its owner
 * only, made on the first start and read again on the next; its loss is refused when numbers were sealed.
 */
class PersonalDataKeyTest {

    @TempDir
    Path root;

    @Test
    void theFirstStartMakesAnOwnerOnlyKeyFileBesideTheDataFolderAndTheNextReadsIt() throws Exception {
        Path data = root.resolve("postgres");
        byte[] first = PersonalDataKeyConfiguration.embeddedKey(data, () -> false);
        Path file = root.resolve("postgres-personal-data.key");

        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first).hasSize(32);
        byte[] again = PersonalDataKeyConfiguration.embeddedKey(data, () -> true);
        assertThat(again).isEqualTo(first);
        String sealed = new PersonalDataCipher(first).seal("001052012345");
        assertThat(new PersonalDataCipher(again).open(sealed)).isEqualTo("001052012345");
    }

    @Test
    void aMissingKeyFileIsRefusedNamingItWhenNumbersWereSealed() {
        Path data = root.resolve("postgres");

        assertThatThrownBy(() -> PersonalDataKeyConfiguration.embeddedKey(data, () -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(root.resolve("postgres-personal-data.key").toString());
        assertThat(root.resolve("postgres-personal-data.key")).doesNotExist();
    }

    @Test
    void aKeyFileOfTheWrongLengthIsRefused() throws Exception {
        Files.writeString(root.resolve("postgres-personal-data.key"), "c2hvcnQ=\n");

        assertThatThrownBy(() -> PersonalDataKeyConfiguration.embeddedKey(root.resolve("postgres"), () -> false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32");
    }
}
