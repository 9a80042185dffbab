package vn.ishc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One name for one thing: the club's monthly meeting is "buổi sinh hoạt" in every Vietnamese message, never
 * "cuộc họp" or "buổi họp" (nor "ngày họp", "họp tháng", "tiền họp" for its day, its month and its money).
 */
class MeetingNameTest {

    private static final Pattern OTHER_NAMES = Pattern.compile(
            "(?<!\\p{L})(cuộc họp|buổi họp|ngày họp|họp tháng|tiền họp)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Test
    void noVietnameseMessageCallsTheMonthlyMeetingAnythingButSinhHoat() throws IOException {
        List<String> found = new ArrayList<>();
        for (String base : MessagesTest.basenames()) {
            Path vi = MessagesTest.DIR.resolve(base + ".properties");
            if (!Files.exists(vi)) {
                continue;
            }
            Properties p = MessagesTest.load(vi);
            for (String key : p.stringPropertyNames()) {
                Matcher m = OTHER_NAMES.matcher(Normalizer.normalize(p.getProperty(key), Normalizer.Form.NFC));
                while (m.find()) {
                    found.add(base + ": " + key + " \"" + m.group() + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckCatchesEachOtherName() {
        for (String s : List.of("Ghi cuộc họp", "Cuộc họp ngày 1", "tại buổi họp", "Ngày họp:", "Họp tháng này", "Thu tiền họp")) {
            assertThat(OTHER_NAMES.matcher(s).find()).as(s).isTrue();
        }
        assertThat(OTHER_NAMES.matcher("Ghi buổi sinh hoạt; không hợp lệ; Họp ban chủ nhiệm").find()).isFalse();
    }
}
