package dossier.write.site;

import java.util.List;
import java.util.Locale;

/**
 * The site's charts as inline SVG, drawn from numbers only (no text from inputs goes in, so
 * nothing needs escaping). Each chart has a text twin next to it on the page; the SVG is
 * aria-hidden so a screen reader reads the numbers once.
 */
public final class SiteCharts {
    /** The states from left to right in a bar, and their fill colours (the CSS legend uses the same). */
    static final List<String> STATES = List.of("covered", "deferred", "explained", "missing", "not_applicable");
    private static final List<String> FILLS = List.of("#2e7d32", "#1565c0", "#f9a825", "#c62828", "#bdbdbd");
    private static final int BAR_W = 300;
    private static final int BAR_H = 16;

    private SiteCharts() {
    }

    /** A bar split by state, in proportion of the tasks. */
    public static String bar(SiteModel.Tally t) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"bar\" viewBox=\"0 0 ").append(BAR_W).append(' ').append(BAR_H)
                .append("\" width=\"").append(BAR_W).append("\" height=\"").append(BAR_H)
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        svg.append("<rect width=\"").append(BAR_W).append("\" height=\"").append(BAR_H).append("\" fill=\"#eeeeee\"/>");
        int[] counts = {t.covered(), t.deferred(), t.explained(), t.missing(), t.notApplicable()};
        double x = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 || t.tasks() == 0) continue;
            double w = (double) counts[i] / t.tasks() * BAR_W;
            svg.append("<rect class=\"s-").append(STATES.get(i)).append("\" x=\"").append(num(x))
                    .append("\" width=\"").append(num(w)).append("\" height=\"").append(BAR_H)
                    .append("\" fill=\"").append(FILLS.get(i)).append("\"/>");
            x += w;
        }
        return svg.append("</svg>").toString();
    }

    /** Coverage over time, 0–100 %, a point per snapshot; empty text with fewer than two points. */
    public static String trend(List<SiteModel.TrendPoint> points) {
        List<SiteModel.TrendPoint> rated = points.stream().filter(p -> p.rate() != null).toList();
        if (rated.size() < 2) return "";
        int w = 600;
        int h = 200;
        int left = 40;
        int top = 10;
        int plotW = w - left - 20;
        int plotH = h - top - 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"trend\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" aria-hidden=\"true\" focusable=\"false\">");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = top + plotH - pct / 100.0 * plotH;
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\" stroke=\"#cccccc\"/>");
            svg.append("<text x=\"").append(left - 4).append("\" y=\"").append(num(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">").append(pct).append("%</text>");
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < rated.size(); i++) {
            double x = left + (double) i / (rated.size() - 1) * plotW;
            double y = top + plotH - rated.get(i).rate() / 100.0 * plotH;
            path.append(i == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
            dots.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"3\" fill=\"#1565c0\"/>");
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2\"/>").append(dots);
        String first = rated.get(0).date();
        String last = rated.get(rated.size() - 1).date();
        svg.append("<text x=\"").append(left).append("\" y=\"").append(h - 8).append("\" font-size=\"11\" fill=\"#333333\">")
                .append(first).append("</text>");
        svg.append("<text x=\"").append(left + plotW).append("\" y=\"").append(h - 8)
                .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333333\">").append(last).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }
}
