package eu.innco.web.share;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints the 1200x630 PNG that social networks show beside a shared link: the site's name, a
 * kicker (what kind of page) and the title, wrapped and shrunk to fit. DejaVu Sans, shipped in the
 * light module, has the Greek and Polish letters, so a title is drawn in its own script on any
 * server, whatever fonts the machine has.
 */
public final class ShareCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final Color BRAND = new Color(0x0b3d62);
    private static final Color BAND = new Color(0x0a5c4a);
    private static final Color GOLD = new Color(0xffe08a);
    private static final int MARGIN = 80;
    private static final int MAX_LINES = 4;
    /** The title's room: from below the kicker to above the band at the foot. */
    private static final int TITLE_TOP = 250;
    private static final int TITLE_SPACE = HEIGHT - 110 - TITLE_TOP;

    private final Font regular;
    private final Font bold;

    public ShareCard(Path fonts) {
        // no display on a server: Java2D draws into memory only
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        this.regular = load(fonts.resolve("DejaVuSans.ttf"));
        this.bold = load(fonts.resolve("DejaVuSans-Bold.ttf"));
    }

    /** Stops a start whose fonts are missing, without loading them (loading starts Java2D's font system: done at the first card). */
    public static void requireFonts(Path fonts) {
        for (String f : new String[] {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            if (!java.nio.file.Files.isReadable(fonts.resolve(f))) throw new IllegalStateException("share card font missing: " + fonts.resolve(f));
        }
    }

    private static Font load(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("share card font unreadable: " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Whether the card's fonts have every letter of the text (else some would show as boxes). */
    public boolean canDraw(String text) {
        return bold.canDisplayUpTo(text) == -1 && regular.canDisplayUpTo(text) == -1;
    }

    /** The card as PNG bytes. */
    public byte[] png(String kicker, String title, String footer) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BRAND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(BAND);
            g.fillRect(0, HEIGHT - 90, WIDTH, 90);
            g.setColor(GOLD);
            g.fillRect(MARGIN, 150, 120, 8);
            g.setColor(Color.WHITE);
            g.setFont(bold.deriveFont(44f));
            g.drawString("INN-CO", MARGIN, 110);
            g.setColor(GOLD);
            g.setFont(regular.deriveFont(30f));
            g.drawString(clip(kicker, 70), MARGIN, 215);
            g.setColor(Color.WHITE);
            drawTitle(g, title == null || title.isBlank() ? "INN-CO" : title.strip());
            g.setFont(regular.deriveFont(26f));
            g.drawString(clip(footer, 80), MARGIN, HEIGHT - 35);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title in the largest size (64 down to 36 points) at which it fits the space above the band; cut with an ellipsis below that. */
    private void drawTitle(Graphics2D g, String title) {
        FontRenderContext frc = g.getFontRenderContext();
        float width = WIDTH - 2f * MARGIN;
        List<TextLayout> lines = List.of();
        for (float size = 64; size >= 36; size -= 4) {
            lines = wrap(title, bold.deriveFont(size), frc, width, MAX_LINES + 1);
            if (lines.size() <= MAX_LINES && height(lines) <= TITLE_SPACE) break;
        }
        if (lines.size() > MAX_LINES || height(lines) > TITLE_SPACE) {
            lines = new ArrayList<>(lines.subList(0, Math.min(lines.size(), MAX_LINES - 1)));
            String rest = title;
            int used = 0;
            for (TextLayout l : lines) used += l.getCharacterCount();
            rest = title.substring(Math.min(used, title.length())).strip();
            Font f = bold.deriveFont(36f);
            while (rest.length() > 1 && new TextLayout(rest + "…", f, frc).getAdvance() > width) rest = rest.substring(0, rest.length() - 1);
            lines.add(new TextLayout(rest.strip() + "…", f, frc));
        }
        float y = TITLE_TOP;
        for (TextLayout l : lines) {
            y += l.getAscent();
            l.draw(g, MARGIN, y);
            y += l.getDescent() + l.getLeading() + 6;
        }
    }

    private static float height(List<TextLayout> lines) {
        float h = 0;
        for (TextLayout l : lines) h += l.getAscent() + l.getDescent() + l.getLeading() + 6;
        return h;
    }

    private static List<TextLayout> wrap(String text, Font font, FontRenderContext frc, float width, int atMost) {
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), frc);
        List<TextLayout> out = new ArrayList<>();
        while (m.getPosition() < text.length() && out.size() < atMost) out.add(m.nextLayout(width));
        return out;
    }

    private static String clip(String s, int max) {
        if (s == null) return "";
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
