package dossier.write.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A line chart as a PNG (the bulletin's coverage trend): light grid lines at every quarter of the
 * scale, one line with dots per series, and no text at all — as {@link BarImage}, so it looks the
 * same whatever fonts a machine has; dates and values go in the table beside it.
 */
final class LineImage {
    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private static final Color GRID = new Color(0xDDDDDD);
    private static final int PAD = 6 * BarImage.PX_PER_MM / 2;

    /** @param values per point, null for a run where the series had nothing to measure */
    record Series(int rgb, double strokeMm, List<Double> values) {
    }

    private LineImage() {
    }

    static byte[] png(double widthMm, double heightMm, List<Series> series, double max) {
        int w = Math.max(1, (int) Math.round(widthMm * BarImage.PX_PER_MM));
        int h = Math.max(1, (int) Math.round(heightMm * BarImage.PX_PER_MM));
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(GRID);
            g.setStroke(new BasicStroke(2));
            for (int q = 0; q <= 4; q++) {
                int y = PAD + (h - 2 * PAD) * q / 4;
                g.drawLine(PAD, y, w - PAD, y);
            }
            double scale = max > 0 ? max : 100;
            // The first series (the overall line) is drawn last, so it stays on top where lines cross.
            for (int i = series.size() - 1; i >= 0; i--) draw(g, series.get(i), w, h, scale);
        } finally {
            g.dispose();
        }
        return BarImage.png(img);
    }

    private static void draw(Graphics2D g, Series s, int w, int h, double scale) {
        int n = s.values().size();
        g.setColor(new Color(s.rgb()));
        float stroke = (float) Math.max(1, s.strokeMm() * BarImage.PX_PER_MM);
        int dot = Math.round(stroke * 3.5f);
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] last = null;
        for (int i = 0; i < n; i++) {
            Double v = s.values().get(i);
            if (v == null) {
                last = null;
                continue;
            }
            int x = n == 1 ? w / 2 : PAD + (w - 2 * PAD) * i / (n - 1);
            int y = PAD + (int) Math.round((h - 2 * PAD) * (1 - Math.min(Math.max(v, 0), scale) / scale));
            if (last != null) g.drawLine(last[0], last[1], x, y);
            g.fillOval(x - dot / 2, y - dot / 2, dot, dot);
            last = new int[]{x, y};
        }
    }
}
