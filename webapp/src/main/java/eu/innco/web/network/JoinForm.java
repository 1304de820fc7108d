package eu.innco.web.network;

import eu.innco.network.ApplicationFields;
import eu.innco.network.Logo;
import eu.innco.web.FormText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glassfish.jersey.media.multipart.FormDataBodyPart;
import org.glassfish.jersey.media.multipart.FormDataMultiPart;

/** The join form as sent: its text values (to show again beside the errors), the fields, the logo and its problem. */
final class JoinForm {
    final Map<String, Object> values = new LinkedHashMap<>();
    final ApplicationFields fields;
    final Optional<Logo> logo;
    /** A message key when the logo is too large or not an image; else null. */
    final String logoError;
    final boolean termsAccepted;
    /** The honeypot: people never see it, form-filling robots fill it. */
    final boolean honeypot;

    private JoinForm(FormDataMultiPart form, eu.innco.assets.PixelLimit pixels) throws IOException {
        for (String f : List.of("name", "kind", "country", "city", "lat", "lon", "description", "website", "contactName", "contactEmail")) {
            values.put(f, one(form, f));
        }
        values.put("sectors", all(form, "sectors"));
        values.put("languages", all(form, "languages"));
        this.termsAccepted = "yes".equals(one(form, "terms"));
        this.honeypot = !one(form, "homepage").isEmpty();
        this.fields = new ApplicationFields(one(form, "name"), one(form, "kind"), one(form, "country"), one(form, "city"),
                number(one(form, "lat")), number(one(form, "lon")), all(form, "sectors"), all(form, "languages"),
                one(form, "description"), one(form, "website"), one(form, "contactName"), one(form, "contactEmail"));
        FormDataBodyPart file = form.getField("logo");
        String fileName = file == null || file.getContentDisposition().getFileName() == null ? "" : file.getContentDisposition().getFileName();
        if (fileName.isBlank()) {
            this.logo = Optional.empty();
            this.logoError = null;
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getValueAs(InputStream.class)) {
            bytes = in.readNBytes((int) Logo.MAX_BYTES + 1);
        }
        String type = imageType(bytes);
        if (bytes.length > Logo.MAX_BYTES) {
            this.logo = Optional.empty();
            this.logoError = "network.error.logoSize";
        } else if (type == null) {
            this.logo = Optional.empty();
            this.logoError = "network.error.logoType";
        } else if (pixels.exceeded(bytes)) { // an image bomb: said now, not when a moderator approves the application
            this.logo = Optional.empty();
            this.logoError = "network.error.logoPixels";
        } else {
            this.logo = Optional.of(new Logo(fileName.replaceAll("[^A-Za-z0-9._-]", "_"), type, bytes));
            this.logoError = null;
        }
    }

    static JoinForm read(FormDataMultiPart form, eu.innco.assets.PixelLimit pixels) {
        try {
            return new JoinForm(form, pixels);
        } catch (IOException e) {
            throw new jakarta.ws.rs.BadRequestException("the form could not be read");
        }
    }

    static String one(FormDataMultiPart form, String name) {
        String v = FormText.of(form.getField(name));
        return v == null ? "" : v.length() > 5000 ? v.substring(0, 5000) : v;
    }

    private static List<String> all(FormDataMultiPart form, String name) {
        List<String> out = new ArrayList<>();
        List<FormDataBodyPart> parts = form.getFields(name);
        if (parts != null) for (FormDataBodyPart p : parts) {
            String v = FormText.of(p);
            if (v != null && !v.isBlank() && out.size() < 50) out.add(v.strip());
        }
        return out;
    }

    private static Double number(String s) {
        try {
            return s.isBlank() ? null : Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** PNG, JPEG or WebP, told from the first bytes; null for anything else. */
    static String imageType(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return "image/jpeg";
        if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "image/webp";
        }
        return null;
    }
}
