package vn.ishc.reporting.map;

import vn.ishc.reporting.map.MapLayout.Frame;
import vn.ishc.reporting.map.MapOutlines.Ring;

/**
 * The {@code d} of one province's SVG path, written once at start. Coordinates are rounded to a tenth
 * of a unit (kept as whole tenths, so relative steps add up exactly); each ring starts with an
 * absolute move and goes on in relative steps, which are shorter to send. A point closer than half a
 * unit to the last one kept is dropped: on a phone the two are the same pixel. An island too small to
 * see at the map's scale is drawn as a small diamond, so that it is still there to see and to tap.
 */
final class SvgPath {

    /** Tenths of a unit: a point closer than this to the last one kept is dropped. */
    static final int MIN_STEP = 5;

    private final StringBuilder d = new StringBuilder();
    private final int minExtent;
    private final int dotRadius;
    private int rings;

    /**
     * @param minExtent tenths of a unit: a ring narrower and lower than this is drawn as a diamond
     * @param dotRadius tenths of a unit: half the diagonal of that diamond
     */
    SvgPath(int minExtent, int dotRadius) {
        this.minExtent = minExtent;
        this.dotRadius = dotRadius;
    }

    void add(Ring ring, Frame frame) {
        int n = ring.size();
        int[] x = new int[n];
        int[] y = new int[n];
        int minX = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, minY = Integer.MAX_VALUE, maxY = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            x[i] = (int) Math.round(frame.x(ring.longitudes()[i]) * 10);
            y[i] = (int) Math.round(frame.y(ring.latitudes()[i]) * 10);
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
            minY = Math.min(minY, y[i]);
            maxY = Math.max(maxY, y[i]);
        }
        int kept = Math.max(maxX - minX, maxY - minY) < minExtent ? 0 : thin(x, y);
        if (kept < 3) {
            diamond((minX + maxX) / 2, (minY + maxY) / 2);
        } else {
            line(x, y, kept);
        }
        rings++;
    }

    /** Moves the points kept to the front of the arrays and says how many there are. */
    private static int thin(int[] x, int[] y) {
        int n = x.length;
        if (n > 1 && x[0] == x[n - 1] && y[0] == y[n - 1]) {
            n--; // the closing point repeats the first; "z" closes the ring
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || far(x[i] - x[kept - 1], y[i] - y[kept - 1])) {
                x[kept] = x[i];
                y[kept] = y[i];
                kept++;
            }
        }
        while (kept > 1 && !far(x[kept - 1] - x[0], y[kept - 1] - y[0])) {
            kept--;
        }
        return kept;
    }

    private static boolean far(int dx, int dy) {
        return dx * dx + dy * dy >= MIN_STEP * MIN_STEP;
    }

    private void line(int[] x, int[] y, int count) {
        d.append('M');
        number(x[0]);
        number(y[0]);
        d.append('l');
        for (int i = 1; i < count; i++) {
            number(x[i] - x[i - 1]);
            number(y[i] - y[i - 1]);
        }
        d.append('z');
    }

    private void diamond(int cx, int cy) {
        int r = dotRadius;
        d.append('M');
        number(cx);
        number(cy - r);
        d.append('l');
        for (int step : new int[] {r, r, -r, r, -r, -r}) {
            number(step);
        }
        d.append('z');
    }

    /** A number of tenths in the fewest characters: 12, 1.5, .5, -.5; a space only where one is needed. */
    private void number(int tenths) {
        char last = d.charAt(d.length() - 1);
        if (tenths >= 0 && (Character.isDigit(last) || last == '.')) {
            d.append(' ');
        }
        if (tenths < 0) {
            d.append('-');
        }
        int whole = Math.abs(tenths) / 10;
        int tenth = Math.abs(tenths) % 10;
        if (whole != 0 || tenth == 0) {
            d.append(whole);
        }
        if (tenth != 0) {
            d.append('.').append(tenth);
        }
    }

    int rings() {
        return rings;
    }

    String d() {
        return d.toString();
    }
}
