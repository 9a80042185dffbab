package vn.ishc.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.ishc.members.PersonDetails;

/**
 * Made-up club members for the national benchmark: Vietnamese names, two thirds aged sixty or over,
 * women in the majority, poor and near-poor households, health-insurance cards and citizen IDs in
 * their real forms. Everything comes from the random source given, so one seed gives the same people.
 */
final class NationalPeople {

    /** A person as made, with what the rest of the dataset needs to know of them. */
    record Made(UUID id, PersonDetails details, int age, boolean woman) {
    }

    private static final List<String> SURNAMES = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng",
            "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Lý", "Phan", "Đinh", "Nông", "Lương", "Vi", "Hà", "Triệu", "Lò");
    private static final List<String> WOMEN = List.of("Lan", "Hoa", "Mai", "Hương", "Thu", "Hà", "Nga", "Hạnh", "Dung",
            "Liên", "Phượng", "Thoa", "Xuân", "Tuyết", "Nhung", "Sen", "Bích", "Cúc", "Đào", "Hằng", "Loan", "Yến",
            "Thủy", "Vân", "Hiền", "Tâm", "Nhàn");
    private static final List<String> MEN = List.of("Hùng", "Dũng", "Sơn", "Thắng", "Bình", "Minh", "Quang", "Tiến",
            "Hải", "Cường", "Thành", "Nam", "Lâm", "Thái", "Đức", "Phúc", "Kiên", "Toàn", "Hòa", "Quý", "Tuấn", "Long");
    private static final List<String> MEN_MIDDLE = List.of("Văn", "Văn", "Văn", "Đức", "Hữu", "Ngọc", "Quang", "Xuân");
    private static final List<String> WOMEN_MIDDLE = List.of("Thị", "Thị", "Thị", "Thị", "Thu", "Ngọc");
    /** Ethnicity codes with their shares across the country (Kinh first). */
    private static final String[] ETHNICITIES = {"01", "02", "03", "06", "05", "07", "08", "09"};
    private static final double[] SHARES = {0.82, 0.04, 0.04, 0.03, 0.02, 0.02, 0.02, 0.01};

    private final LocalDate today;
    private long serial;

    NationalPeople(LocalDate today) {
        this.today = today;
    }

    /** A person of a province (its two-digit code, as cards and IDs carry it). */
    Made person(Random random, String provinceCode, double womenShare) {
        boolean woman = random.nextDouble() < womenShare;
        int age = age(random);
        int birthYear = today.getYear() - age;
        LocalDate born = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String birth = random.nextDouble() < 0.6
                ? String.format("%02d/%02d/%d", born.getDayOfMonth(), born.getMonthValue(), birthYear)
                : Integer.toString(birthYear);
        double h = random.nextDouble();
        String household = h < 0.12 ? "POOR" : h < 0.23 ? "NEAR_POOR" : "OTHER";
        Integer householdYear = household.equals("OTHER") ? null : 2024 + random.nextInt(2);
        String card = null;
        LocalDate expiry = null;
        if (random.nextDouble() < 0.85) {
            String kind = household.equals("POOR") ? "HN" : household.equals("NEAR_POOR") ? "CN" : age >= 60 ? "HT" : "GD";
            card = kind + (1 + random.nextInt(5)) + provinceCode + digits(random, 10);
            expiry = random.nextInt(5) == 0 ? LocalDate.of(today.getYear() - 1, 12, 31)
                    : LocalDate.of(today.getYear() + 1, 12, 31);
        }
        String phone = random.nextDouble() < (age < 70 ? 0.6 : 0.25) ? "09" + digits(random, 8) : null;
        serial++;
        String citizenId = random.nextDouble() < 0.5 ? "0" + provinceCode + (woman ? 1 : 0)
                + String.format("%02d", birthYear % 100) + String.format("%06d", serial % 1_000_000) : null;
        String ethnicity = pick(random);
        PersonDetails details = new PersonDetails(name(random, woman), woman ? "F" : "M", birth, ethnicity, household,
                householdYear, card, expiry, random.nextDouble() < 0.05, age >= 60 && random.nextDouble() < 0.09, phone,
                citizenId, null);
        return new Made(NationalData.uuid(random), details, age, woman);
    }

    /** Ages of an intergenerational club: two thirds sixty or over, some in their late fifties, the rest younger. */
    private static int age(Random random) {
        double a = random.nextDouble();
        if (a < 0.66) {
            return 60 + (int) Math.min(34, Math.abs(random.nextGaussian() * 10));
        }
        return a < 0.78 ? 55 + random.nextInt(5) : 30 + random.nextInt(25);
    }

    private static String name(Random random, boolean woman) {
        return one(random, SURNAMES) + " " + one(random, woman ? WOMEN_MIDDLE : MEN_MIDDLE) + " "
                + one(random, woman ? WOMEN : MEN);
    }

    private static String pick(Random random) {
        double r = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < SHARES.length; i++) {
            sum += SHARES[i];
            if (r < sum) {
                return ETHNICITIES[i];
            }
        }
        return ETHNICITIES[0];
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return s.toString();
    }

    static String one(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
