package vn.ishc.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.ishc.members.PersonDetails;

/**
 * Made-up but plausible club members: names as the ethnic groups of the area give them, ages mostly
 * over sixty with younger members of the intergenerational clubs, women in the majority, households,
 * health-insurance cards, phones and citizen IDs in their real forms. The same seed gives the same
 * people.
 */
final class DemoPeople {

    /** A province's ethnic make-up, as shares of the groups, and the province code used in IDs and cards. */
    record Area(String provinceCode, List<String> ethnicities, double[] shares) {
    }

    static final Area LANG_SON = new Area("020", List.of("Nùng", "Tày", "Kinh", "Dao", "Sán Chay", "Hoa", "Mông"),
            new double[] {0.42, 0.35, 0.16, 0.04, 0.01, 0.01, 0.01});
    static final Area HOA_BINH = new Area("017", List.of("Mường", "Kinh", "Tày", "Dao", "Thái"),
            new double[] {0.62, 0.28, 0.04, 0.03, 0.03});
    static final Area HA_NOI = new Area("001", List.of("Kinh", "Mường"), new double[] {0.98, 0.02});
    static final Area BAC_GIANG = new Area("024", List.of("Kinh", "Nùng", "Tày", "Sán Chay", "Sán Dìu"),
            new double[] {0.86, 0.05, 0.04, 0.03, 0.02});

    private static final List<String> KINH_SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm",
            "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Đinh");
    private static final List<String> TAY_NUNG_SURNAMES = List.of("Hoàng", "Hoàng", "Nông", "Nông", "Lương", "Vi",
            "Lộc", "Hà", "Lăng", "Triệu", "Chu", "Mã", "Lý", "La", "Dương", "Bế", "Hứa", "Lành", "Hoàng", "Đàm");
    private static final List<String> MUONG_SURNAMES = List.of("Bùi", "Bùi", "Đinh", "Đinh", "Quách", "Hà", "Xa",
            "Bạch", "Đinh Công", "Bùi Văn");
    private static final List<String> DAO_SURNAMES = List.of("Triệu", "Triệu", "Bàn", "Đặng", "Lý", "Phùng", "Chảo");
    private static final List<String> MONG_SURNAMES = List.of("Giàng", "Vàng", "Sùng", "Thào", "Lầu", "Hầu");
    private static final List<String> WOMEN = List.of("Lan", "Hoa", "Mai", "Hương", "Thu", "Hà", "Nga", "Hạnh",
            "Dung", "Liên", "Phượng", "Thoa", "Xuân", "Tuyết", "Nhung", "Sen", "Bích", "Cúc", "Đào", "Mơ", "Lụa",
            "Nụ", "Thêu", "Hằng", "Loan", "Yến", "Thủy", "Vân", "Quyên", "Hiền", "Lý", "Tâm", "Chiêm", "Nhàn");
    private static final List<String> MEN = List.of("Hùng", "Dũng", "Sơn", "Thắng", "Bình", "Minh", "Quang", "Tiến",
            "Hải", "Cường", "Thành", "Nam", "Lâm", "Thái", "Đức", "Phúc", "Vượng", "Khải", "Kiên", "Toàn", "Hòa",
            "Chung", "Quý", "Tuấn", "Long", "Pháo", "Tài", "Luận", "Sinh", "Bảo");
    private static final List<String> MEN_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Ngọc", "Quang", "Xuân");
    private static final List<String> WOMEN_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc");

    private final Random random;
    private final LocalDate today;
    private int serial;

    DemoPeople(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    Random random() {
        return random;
    }

    /** A person of the area; {@code womenShare} varies from club to club. */
    PersonDetails person(Area area, double womenShare) {
        String ethnicity = pick(area.ethnicities(), area.shares());
        boolean woman = random.nextDouble() < womenShare;
        int age = age();
        int birthYear = today.getYear() - age;
        LocalDate born = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        double form = random.nextDouble();
        // Many older people know only the year they were born; some the month and year.
        String birth = form < 0.6 ? String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), birthYear)
                : form < 0.65 ? String.format("%02d/%d", born.getMonthValue(), birthYear) : Integer.toString(birthYear);
        double h = random.nextDouble();
        String household = h < 0.12 ? "POOR" : h < 0.23 ? "NEAR_POOR" : "OTHER";
        Integer householdYear = household.equals("OTHER") ? null : 2024 + random.nextInt(2);
        String card = null;
        LocalDate cardExpiry = null;
        if (random.nextDouble() < 0.82) {
            String kind = household.equals("POOR") ? "HN4" : household.equals("NEAR_POOR") ? "CN3"
                    : age >= 80 ? "BT2" : age >= 60 ? "HT3" : "GD4";
            card = kind + area.provinceCode().substring(1) + digits(10);
            cardExpiry = switch (random.nextInt(4)) {
                case 0 -> LocalDate.of(today.getYear() - 1, 12, 31);
                case 1 -> LocalDate.of(today.getYear(), 12, 31);
                default -> LocalDate.of(today.getYear() + 1, 6 * (1 + random.nextInt(2)), 1).plusMonths(1).minusDays(1);
            };
        }
        String phone = random.nextDouble() < (age < 70 ? 0.6 : 0.25)
                ? List.of("09", "08", "03", "03").get(random.nextInt(4)) + digits(8) : null;
        String citizenId = random.nextDouble() < 0.55 ? citizenId(area, woman, birthYear) : null;
        return new PersonDetails(name(ethnicity, woman), woman ? "F" : "M", birth, ethnicity, household, householdYear,
                card, cardExpiry,
                random.nextDouble() < 0.05, age >= 60 && random.nextDouble() < 0.09, phone, citizenId, null);
    }

    /** A person with someone else's name and year of birth, as two neighbours may have. */
    PersonDetails namesake(String fullName, String sex, int birthYear, Area area) {
        PersonDetails p = person(area, sex.equals("F") ? 1.0 : 0.0);
        return new PersonDetails(fullName, sex, Integer.toString(birthYear), p.ethnicity(), p.household(), p.householdYear(),
                p.hiCardNumber(), p.hiCardExpiry(), p.disability(), p.livesAlone(), p.phone(), p.citizenId(), null);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    /** Ages of an intergenerational club: two thirds sixty or over, some in their late fifties, the rest younger. */
    private int age() {
        double a = random.nextDouble();
        if (a < 0.66) {
            return 60 + (int) Math.min(34, Math.abs(random.nextGaussian() * 10));
        }
        return a < 0.78 ? 55 + random.nextInt(5) : 30 + random.nextInt(25);
    }

    private String name(String ethnicity, boolean woman) {
        List<String> surnames = switch (ethnicity) {
            case "Tày", "Nùng", "Sán Chay", "Thái" -> TAY_NUNG_SURNAMES;
            case "Mường" -> MUONG_SURNAMES;
            case "Dao" -> DAO_SURNAMES;
            case "Mông" -> MONG_SURNAMES;
            default -> KINH_SURNAMES;
        };
        String surname = one(surnames);
        String middle = surname.contains(" ") ? "" : " " + one(woman ? WOMEN_MIDDLE : MEN_MIDDLE);
        if (surname.contains(" ") && woman) {
            surname = surname.substring(0, surname.indexOf(' ')) + " Thị";
        }
        return surname + middle + " " + one(woman ? WOMEN : MEN);
    }

    /** Twelve digits: province, century and sex, year of birth, then a serial that no other person has. */
    private String citizenId(Area area, boolean woman, int birthYear) {
        int centurySex = (birthYear >= 2000 ? 2 : 0) + (woman ? 1 : 0);
        serial++;
        return area.provinceCode() + centurySex + String.format("%02d", birthYear % 100)
                + String.format("%06d", (serial * 7919L) % 1_000_000);
    }

    private String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    private String pick(List<String> values, double[] shares) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (r < sum) {
                return values.get(i);
            }
        }
        return values.get(0);
    }

    String one(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    static UUID id(String text) {
        return UUID.nameUUIDFromBytes(("ishc-demo:" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
