package vn.ishc.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void aNonBreakingSpaceIsASpaceInTextAndInSearchKeys() {
        assertThat(VietnameseText.clean("Xóm\u00A0Trên\u202F 2 ")).isEqualTo("Xóm Trên 2");
        assertThat(VietnameseText.searchKey("Phú\u00A0Thọ")).isEqualTo(VietnameseText.searchKey("Phu tho")).isEqualTo("phu tho");
    }

    @Test
    void aControlCharacterSuchAsNulIsDroppedFromTextAndKeys() {
        assertThat(VietnameseText.clean("Thôn\u0000 Bản\u0007")).isEqualTo("Thôn Bản");
        assertThat(VietnameseText.searchKey("ha\u0000 noi")).isEqualTo("ha noi");
    }

    @Test
    void aLikePatternMatchesPercentUnderscoreAndBackslashAsThemselves() {
        assertThat(VietnameseText.containing("hoa")).isEqualTo("%hoa%");
        assertThat(VietnameseText.containing("%")).isEqualTo("%\\%%");
        assertThat(VietnameseText.containing("a_b\\c")).isEqualTo("%a\\_b\\\\c%");
    }
}
