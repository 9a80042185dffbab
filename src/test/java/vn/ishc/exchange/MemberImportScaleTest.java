package vn.ishc.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
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
 * A whole commune's members, 5,000 rows, previewed and saved: every row counted, none lost or doubled.
 * How long it takes is measured by RegisterBenchmark.
 */
@SpringBootTest
class MemberImportScaleTest {

    /** The application's clock: "today" in this test is the date it gives. */
    @Autowired
    java.time.Clock clock;

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

        ImportBatch preview = imports.preview(club.id(), "xa.xlsx", new java.io.ByteArrayInputStream(file), "test", NATION);
        long looking = System.nanoTime();
        imports.duplicates(preview.id(), AreaScope.ofPath(club.areaPaths().get(0)));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - looking)).isLessThan(java.time.Duration.ofSeconds(15));
        imports.confirm(preview.id(), "test", NATION);
        ImportBatch saved = ImportFixtures.awaitEnd(imports, preview.id(), NATION);

        assertThat(preview.toAdd()).isEqualTo(5_000);
        assertThat(preview.refused()).isZero();
        assertThat(saved.status()).isEqualTo(ImportBatch.Status.SAVED);
        assertThat(saved.doneRows()).isEqualTo(5_000);
        assertThat(members.membersOf(club.id(), BusinessCalendar.today(clock), NATION)).hasSize(5_000);
    }
}
