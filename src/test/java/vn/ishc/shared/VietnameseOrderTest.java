package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        Collections.shuffle(list, new Random(names.length));
        list.sort(VietnameseOrder.NAMES);
        return list;
    }

    @Test
    void putsDStrokeAfterDAndBeforeE() {
        assertThat(sorted("Yên Lạc", "Gia Lâm", "Đồng Xuân", "Dũng Tiến", "Ea Kar", "Đa Phúc", "Dz"))
                .containsExactly("Dũng Tiến", "Dz", "Đa Phúc", "Đồng Xuân", "Ea Kar", "Gia Lâm", "Yên Lạc");
    }

    @Test
    void putsTheLettersWithMarksAfterTheirBaseLetter() {
        assertThat(sorted("B", "Â", "Ă", "A", "Az", "Ăz", "Ân")).containsExactly("A", "Az", "Ă", "Ăz", "Â", "Ân", "B");
        assertThat(sorted("P", "Ơ", "Ô", "O", "Oz", "Ôz")).containsExactly("O", "Oz", "Ô", "Ôz", "Ơ", "P");
        assertThat(sorted("V", "Ư", "U", "Uz")).containsExactly("U", "Uz", "Ư", "V");
        assertThat(sorted("E", "Ê", "Ez", "G")).containsExactly("E", "Ez", "Ê", "G");
    }

    @Test
    void decidesByToneOnlyBetweenOtherwiseEqualWords() {
        assertThat(sorted("Bac", "Bạ", "Bá", "Bã", "Bả", "Bà", "Ba", "Bây"))
                .containsExactly("Ba", "Bà", "Bả", "Bã", "Bá", "Bạ", "Bac", "Bây");
        assertThat(sorted("Thanh Hóa", "Thành", "Thanh")).containsExactly("Thanh", "Thành", "Thanh Hóa");
    }

    @Test
    void ignoresCaseBeforeLettersAndComposedOrDecomposedForms() {
        assertThat(sorted("bình", "An", "Cao", "ấp")).containsExactly("An", "ấp", "bình", "Cao");
        String decomposed = Normalizer.normalize("Đồng", Normalizer.Form.NFD);
        assertThat(VietnameseOrder.NAMES.compare(decomposed, "Đồng")).isZero();
    }

    @Test
    void putsMissingNamesLast() {
        List<String> list = new ArrayList<>(java.util.Arrays.asList(null, "Đông", "An"));
        list.sort(VietnameseOrder.NAMES);
        assertThat(list).containsExactly("An", "Đông", null);
    }

    @Test
    void ordersRecordsByAName() {
        record Place(String name) {
        }
        List<Place> places = new ArrayList<>(List.of(new Place("Yên"), new Place("Đông"), new Place("Dương")));
        places.sort(VietnameseOrder.by(Place::name));
        assertThat(places).extracting(Place::name).containsExactly("Dương", "Đông", "Yên");
    }
}
