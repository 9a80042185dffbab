package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database does with Vietnamese names, so that SQL that must page through names can sort as Java does. */
@SpringBootTest
class VietnameseOrderDatabaseTest {

    private static final List<String> NAMES = List.of("Yên Lạc", "Gia Lâm", "Đồng Xuân", "Dũng Tiến", "Ea Kar", "Đa Phúc",
            "Bac", "Bạ", "Bá", "Bã", "Bả", "Bà", "Ba", "Ân", "Ăn", "An", "ấp", "Ơn", "Ôn", "On", "Ưng", "Ung", "Thanh Hóa", "Thành");

    @Autowired
    JdbcClient jdbc;

    private List<String> ordered(String collation) {
        return jdbc.sql("select n from unnest(cast(:names as text[])) as t(n) order by n collate \"" + collation + "\"")
                .param("names", NAMES.toArray(String[]::new)).query(String.class).list();
    }

    @Test
    void theEmbeddedDatabaseHasAnIcuCollationForVietnameseThatOrdersNamesAsJavaDoes() {
        assertThat(jdbc.sql("select count(*) from pg_collation where collname = 'vi-x-icu' and collprovider = 'i'")
                .query(Long.class).single()).isEqualTo(1);
        List<String> expected = new ArrayList<>(NAMES);
        expected.sort(VietnameseOrder.NAMES);
        assertThat(ordered("vi-x-icu")).containsExactlyElementsOf(expected);
    }

    @Test
    void theDefaultCollationDoesNotSoNamesAreNeverSortedWithoutTheVietnameseOne() {
        assertThat(ordered("default").indexOf("Đa Phúc")).isGreaterThan(ordered("default").indexOf("Yên Lạc"));
    }
}
