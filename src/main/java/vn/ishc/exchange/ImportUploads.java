package vn.ishc.exchange;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ishc.shared.PersonalDataCipher;

/** The import_upload table: the workbook of an upload with refused rows, sealed as it holds citizen IDs. */
@Repository
class ImportUploads {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    ImportUploads(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    void keep(UUID batchId, byte[] workbook) {
        jdbc.sql("insert into import_upload (batch_id, content) values (:b, :c)")
                .param("b", batchId).param("c", cipher.seal(Base64.getEncoder().encodeToString(workbook))).update();
    }

    Optional<byte[]> find(UUID batchId) {
        return jdbc.sql("select content from import_upload where batch_id = :b").param("b", batchId)
                .query(String.class).optional().map(c -> Base64.getDecoder().decode(cipher.open(c)));
    }
}
