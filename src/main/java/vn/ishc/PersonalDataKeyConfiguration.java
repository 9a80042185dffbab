package vn.ishc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.function.BooleanSupplier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import vn.ishc.shared.PersonalDataCipher;

/**
 * The key that seals personal numbers (citizen IDs), kept outside the database: given in the configuration
 * ({@code ishc.personal-data.key}, base64 of 32 bytes, e.g. from the environment), or in a file named by
 * {@code ishc.personal-data.key-file}. With neither, the embedded database's key is a file beside its data
 * folder ({@link #fileFor}), readable by its owner only, generated on the first start; a start that finds
 * sealed numbers in the database but not that file is refused, naming it. A server database with no key
 * configured is refused too.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyConfiguration.class);

    @Bean
    PersonalDataCipher personalDataCipher(Environment env,
                                          ObjectProvider<EmbeddedDatabaseConfiguration.DataFolder> embeddedFolder,
                                          ObjectProvider<EmbeddedPostgres> embedded) {
        String key = env.getProperty("ishc.personal-data.key");
        if (StringUtils.hasText(key)) {
            return new PersonalDataCipher(decode(key.strip(), "ishc.personal-data.key"));
        }
        String keyFile = env.getProperty("ishc.personal-data.key-file");
        if (StringUtils.hasText(keyFile)) {
            Path file = Path.of(keyFile).toAbsolutePath();
            if (!Files.exists(file)) {
                throw new IllegalStateException("The personal-data key file " + file + " (ishc.personal-data.key-file) "
                        + "is missing; restore it from the backup made with the data");
            }
            return new PersonalDataCipher(read(file));
        }
        EmbeddedDatabaseConfiguration.DataFolder folder = embeddedFolder.getIfAvailable();
        if (folder == null) {
            throw new IllegalStateException("No key for personal numbers: set ishc.personal-data.key (base64 of 32 bytes) "
                    + "or ishc.personal-data.key-file");
        }
        return new PersonalDataCipher(embeddedKey(folder.dir(), () -> holdsSealedNumbers(embedded.getObject())));
    }

    /**
     * The key of the embedded database in {@code dataDir}: read from its file, or made on the first start;
     * refused when the database holds sealed numbers and the file is gone.
     */
    static byte[] embeddedKey(Path dataDir, BooleanSupplier holdsSealedNumbers) {
        Path file = fileFor(dataDir);
        if (Files.exists(file)) {
            restrict(file);
            return read(file);
        }
        if (holdsSealedNumbers.getAsBoolean()) {
            throw new IllegalStateException("The embedded database in " + dataDir + " holds sealed citizen IDs, but "
                    + "their key file " + file + " is missing; restore it from the backup of the data folder");
        }
        byte[] created = create(file);
        log.info("Generated the key of personal numbers in {}: back it up with the data folder", file);
        return created;
    }

    /** The key file of the embedded database in {@code dataDir}: beside it, never inside. */
    static Path fileFor(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-personal-data.key");
    }

    /** Whether the database already holds a sealed citizen ID (one made before the key could be lost). */
    static boolean holdsSealedNumbers(EmbeddedPostgres pg) {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    select 1 from information_schema.columns
                    where table_schema = 'public' and table_name = 'person' and column_name = 'citizen_id_sealed'""")) {
                if (!rs.next()) {
                    return false;
                }
            }
            try (ResultSet rs = st.executeQuery("select 1 from person where citizen_id_sealed is not null limit 1")) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL does not answer: " + e.getMessage(), e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return decode(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key file " + file, e);
        }
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The personal-data key in " + where + " is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The personal-data key in " + where + " is " + key.length
                    + " bytes where 32 are needed (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    private static byte[] create(Path file) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(EmbeddedDatabaseCredentials.OWNER_ONLY));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
                var f = file.toFile();
                f.setReadable(false, false);
                f.setWritable(false, false);
                f.setReadable(true, true);
                f.setWritable(true, true);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("The personal-data key file " + file + " appeared while starting", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the personal-data key file " + file, e);
        }
        return key;
    }

    private static void restrict(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(EmbeddedDatabaseCredentials.OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, EmbeddedDatabaseCredentials.OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): the folder's own access rules apply.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by its owner only", e);
        }
    }
}
