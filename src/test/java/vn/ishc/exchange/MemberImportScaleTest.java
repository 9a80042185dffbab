package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.ishc.clubs.Club;
import vn.ishc.clubs.ClubFixtures;
import vn.ishc.clubs.Clubs;
import vn.ishc.geography.AdminUnits;
import vn.ishc.geography.Villages;
import vn.ishc.members.Members;
import vn.ishc.shared.AreaScope;
import vn.ishc.shared.BusinessCalendar;

/**
 * A whole commune's members, 5,000 rows, previewed and saved. The times are written to the log for
 * the benchmark; they are not asserted.
 */
@SpringBootTest
class MemberImportScaleTest {

    private static final Logger log = LoggerFactory.getLogger(MemberImportScaleTest.class);
    static final AreaScope NATION = AreaScope.nation();

    @Autowired
    MemberImports imports;
    @Autowired
    Members members;
    @Autowired
    Clubs clubs;
    @Autowired
    Villages villages;
    @Autowired
    AdminUnits units;

    @Test
    void fiveThousandRowsArePreviewedAndSavedAllTogether() {
        Club club = ClubFixtures.aClub(clubs, villages, units, "06001", LocalDate.of(2020, 1, 1));
        String prefix = MemberImportsTest.freshCitizenId().substring(0, 4);
        String[] ethnicities = {"Kinh", "Tày", "Nùng", "Dao", "Hmông"};
        MemberSheets sheet = MemberSheets.sheet();
        for (int i = 0; i < 5_000; i++) {
            sheet.row("Người Thứ " + i, i % 3 == 0 ? "Nam" : "Nữ", (i % 28 + 1) + "/" + (i % 12 + 1) + "/" + (1940 + i % 30),
                    ethnicities[i % 5], i % 7 == 0 ? "Nghèo" : "Khác", i % 7 == 0 ? "2024" : "", "", "", "Không",
                    i % 9 == 0 ? "Có" : "Không", "09" + String.format("%08d", i), prefix + String.format("%08d", i),
                    "01/03/2024");
        }
        byte[] file = sheet.bytes();

        long started = System.nanoTime();
        ImportBatch preview = imports.preview(club.id(), "xa.xlsx", new java.io.ByteArrayInputStream(file), "test", NATION);
        long previewed = System.nanoTime();
        imports.confirm(preview.id(), "test", NATION);
        ImportBatch saved = ImportFixtures.awaitEnd(imports, preview.id(), NATION);
        long ended = System.nanoTime();

        log.info("5,000-row import: preview {} ms, save {} ms, upload to saved {} ms", (previewed - started) / 1_000_000,
                (ended - previewed) / 1_000_000, (ended - started) / 1_000_000);
        assertThat(preview.toAdd()).isEqualTo(5_000);
        assertThat(preview.refused()).isZero();
        assertThat(saved.status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(saved.doneRows()).isEqualTo(5_000);
        assertThat(members.membersOf(club.id(), LocalDate.now(BusinessCalendar.ZONE), NATION)).hasSize(5_000);
    }
}
