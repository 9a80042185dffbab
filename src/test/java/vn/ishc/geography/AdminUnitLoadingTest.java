package vn.ishc.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AdminUnitLoadingTest {

    @Autowired
    JdbcClient jdbc;

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadsTheMapInForceTodayWith34ProvincesAnd3321Communes() {
        assertThat(count("select count(*) from geo_unit where level = 'province' and valid_to is null")).isEqualTo(34);
        assertThat(count("select count(*) from geo_unit where level = 'commune' and valid_to is null")).isEqualTo(3321);
    }

    @Test
    void loadsTheMapInForceUntil30June2025() {
        assertThat(count("select count(*) from geo_unit where level = 'province' and valid_to = date '2025-07-01'")).isEqualTo(63);
        assertThat(count("select count(*) from geo_unit where level = 'district' and valid_to = date '2025-07-01'")).isEqualTo(696);
        assertThat(count("select count(*) from geo_unit where level = 'commune' and valid_to = date '2025-07-01'")).isEqualTo(10047);
    }

    @Test
    void loadsTheCrosswalkAndTheAmendments() {
        assertThat(count("select count(*) from geo_crosswalk")).isEqualTo(10672);
        // The five island districts are listed twice (as district and as commune rows): one link each.
        assertThat(count("select count(*) from geo_succession where source = 'reform'")).isEqualTo(10667);
        assertThat(count("select count(*) from geo_amendment")).isEqualTo(13);
        // Đồng Nai and ten of its communes changed kind on 30 April 2026: each has a version before and after.
        assertThat(count("select count(*) from geo_succession where source = 'amendment'")).isEqualTo(11);
    }

    @Test
    void everyUnitReachesSomePlaceOnTodaysMap() {
        assertThat(count("select count(*) from geo_unit u where not exists (select 1 from geo_unit_reach r where r.unit_id = u.id)"))
                .isZero();
    }
}
