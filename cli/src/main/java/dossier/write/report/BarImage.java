package dossier.write.report;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A stacked bar as a PNG, drawn with Java2D and no text at all, so it looks the same in Word and
 * WPS whatever fonts the machine that made it or opens it has. Labels go in the table beside it.
 */
final class BarImage {
    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** Pixels per millimetre (about 200 dpi). */
    static final int PX_PER_MM = 8;
    private static final Color TRACK = new Color(0xEEEEEE);

    record Segment(double value, int rgb) {
    }

    private BarImage() {
    }

    /** Segments laid left to right in proportion to max (their sum when max ≤ 0); the rest is a light track. */
    static byte[] png(double widthMm, double heightMm, List<Segment> segments, double max) {
        int w = Math.max(1, (int) Math.round(widthMm * PX_PER_MM));
        int h = Math.max(1, (int) Math.round(heightMm * PX_PER_MM));
        double total = segments.stream().mapToDouble(s -> Math.max(0, s.value())).sum();
        double scale = max > 0 ? Math.max(max, total) : total;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(TRACK);
            g.fillRect(0, 0, w, h);
            double sum = 0;
            int x = 0;
            for (Segment s : segments) {
                if (s.value() <= 0 || scale <= 0) continue;
                sum += s.value();
                int end = (int) Math.round(sum / scale * w);
                g.setColor(new Color(s.rgb()));
                g.fillRect(x, 0, end - x, h);
                x = end;
            }
        } finally {
            g.dispose();
        }
        return png(img);
    }

    /** The image as PNG bytes (ImageIO writes no time or other varying metadata). */
    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
