package vn.ishc.meetings.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.ishc.meetings.Reading;

/**
 * Blood pressure over time drawn as an inline SVG on the server: systolic and diastolic lines, the 140
 * and 90 marks, a dot per reading. Coordinates are in a 600 × 240 box; no script draws anything.
 */
record ReadingChart(List<Dot> systolic, List<Dot> diastolic, String systolicLine, String diastolicLine,
                    double highSystolicY, double highDiastolicY, List<Tick> ticks, LocalDate first, LocalDate last) {

    static final int WIDTH = 600;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 30;
    static final int MIN = 40;
    static final int MAX = 240;

    /** A reading's dot: where, its value, its date. */
    record Dot(double x, double y, int value, LocalDate date) {
    }

    /** A value on the vertical axis. */
    record Tick(double y, int value) {
    }

    static ReadingChart of(List<Reading> readings) {
        List<Reading> bp = readings.stream().filter(r -> r.values().hasPressure()).toList();
        if (bp.isEmpty()) {
            return null;
        }
        LocalDate first = bp.get(0).takenOn();
        LocalDate last = bp.get(bp.size() - 1).takenOn();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        List<Dot> sys = bp.stream().map(r -> dot(r.takenOn(), first, days, r.values().systolic(), bp.size())).toList();
        List<Dot> dia = bp.stream().map(r -> dot(r.takenOn(), first, days, r.values().diastolic(), bp.size())).toList();
        List<Tick> ticks = List.of(60, 90, 120, 140, 180, 220).stream().map(v -> new Tick(y(v), v)).toList();
        return new ReadingChart(sys, dia, line(sys), line(dia), y(140), y(90), ticks, first, last);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    private static Dot dot(LocalDate date, LocalDate first, long days, int value, int count) {
        double span = WIDTH - LEFT - RIGHT;
        double x = count == 1 ? LEFT + span / 2 : LEFT + span * ChronoUnit.DAYS.between(first, date) / days;
        return new Dot(round(x), y(value), value, date);
    }

    private static double y(int value) {
        int v = Math.max(MIN, Math.min(MAX, value));
        double span = HEIGHT - TOP - BOTTOM;
        return round(TOP + span * (MAX - v) / (MAX - MIN));
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }

    private static String line(List<Dot> dots) {
        return dots.stream().map(d -> String.format(Locale.ROOT, "%.1f,%.1f", d.x(), d.y())).collect(Collectors.joining(" "));
    }
}
