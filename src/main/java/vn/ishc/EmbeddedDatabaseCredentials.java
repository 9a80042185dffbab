package vn.ishc;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * The passwords of the embedded database: the owner's (the superuser that runs migrations and owns every
 * table) and the application's (the role the running system connects as, which owns nothing). Generated
 * on the first start and kept beside the data folder in a file only its owner can read; a database made
 * before there were passwords is given them on its next start.
 *
 * @param owner the password of the {@code postgres} superuser
 * @param application the password of {@link #APPLICATION_ROLE}
 */
record EmbeddedDatabaseCredentials(String owner, String application) {

    static final String OWNER_ROLE = "postgres";
    static final String APPLICATION_ROLE = "ishc_app";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public String toString() {
        return "EmbeddedDatabaseCredentials[owner=***, application=***]";
    }

    /** The file that keeps the passwords of the database in {@code dataDir}: beside it, never inside. */
    static Path fileFor(Path dataDir) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-credentials.properties");
    }

    /** The passwords kept for {@code dataDir}, if there are any. */
    static java.util.Optional<EmbeddedDatabaseCredentials> read(Path dataDir) {
        Path file = fileFor(dataDir);
        if (!Files.exists(file)) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database's passwords in " + file, e);
        }
        String owner = p.getProperty("owner.password");
        String application = p.getProperty("application.password");
        if (owner == null || owner.isBlank() || application == null || application.isBlank()) {
            throw new IllegalStateException("The embedded database's password file " + file
                    + " lacks owner.password or application.password; restore it from a backup of the data folder");
        }
        restrict(file);
        return java.util.Optional.of(new EmbeddedDatabaseCredentials(owner, application));
    }

    /** New passwords for {@code dataDir}, written (owner-only) before any server is given them. */
    static EmbeddedDatabaseCredentials create(Path dataDir) {
        EmbeddedDatabaseCredentials created = new EmbeddedDatabaseCredentials(generate(), generate());
        Path file = fileFor(dataDir);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("The embedded database's password file " + file + " appeared while starting", e);
        } catch (UnsupportedOperationException e) {
            createWithoutPosix(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database's password file " + file, e);
        }
        Properties p = new Properties();
        p.setProperty("owner.password", created.owner);
        p.setProperty("application.password", created.application);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC)) {
            p.store(out, "Passwords of the embedded PostgreSQL in " + dataDir.getFileName()
                    + ". Keep this file with the data folder and back it up with it; without it the data cannot be opened.");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded database's password file " + file, e);
        }
        return created;
    }

    /** A file for initdb's {@code --pwfile}: the owner's password alone, owner-only, to be deleted after use. */
    Path ownerPasswordFile(Path dataDir) {
        try {
            Path file = Files.createTempFile(dataDir.getParent(), ".initdb-", ".pw",
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.writeString(file, owner + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database's first password", e);
        }
    }

    private static void restrict(Path file) {
        try {
            if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions (Windows): the folder's own access rules apply.
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by its owner only", e);
        }
    }

    private static void createWithoutPosix(Path file) {
        try {
            Files.createFile(file);
            var f = file.toFile();
            f.setReadable(false, false);
            f.setWritable(false, false);
            f.setReadable(true, true);
            f.setWritable(true, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the embedded database's password file " + file, e);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
