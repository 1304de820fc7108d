package eu.innco.web.renditions;

import eu.innco.web.Http;
import eu.innco.web.TestServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Test images made here (a plain field with a coloured block, a decompression bomb) and their upload as the admin, over HTTP. */
public final class Images {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Images() {}

    /** A white image with a red block at {@code (x, y, w, h)}, as PNG or JPEG. */
    public static byte[] withBlock(int width, int height, Color block, int x, int y, int w, int h, String format) throws Exception {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(block);
        g.fillRect(x, y, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A valid 1 x 1 PNG whose header then claims 50,000 x 50,000 pixels (ten gigabytes once decoded). */
    public static byte[] bomb() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        ByteBuffer.wrap(png).putInt(16, 50_000).putInt(20, 50_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // the IHDR chunk's type and data: its checksum must match or no reader gets as far as the size
        ByteBuffer.wrap(png).putInt(29, (int) crc.getValue());
        return png;
    }

    static BufferedImage decode(byte[] bytes) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Red, white or other, for a pixel read back from a scaled (so slightly blended) image. */
    static String colour(BufferedImage img, int x, int y) {
        Color c = new Color(img.getRGB(x, y));
        if (c.getRed() > 200 && c.getGreen() < 60 && c.getBlue() < 60) return "red";
        if (c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60) return "blue";
        if (c.getRed() > 230 && c.getGreen() > 230 && c.getBlue() > 230) return "white";
        return "other " + c;
    }

    /** POST (a new asset) or PUT (its file replaced) as a multipart form with an alt text, as the admin. */
    static HttpResponse<String> upload(URI base, String method, String path, String ifMatch, String name, byte[] bytes) throws Exception {
        String boundary = "----innco-renditions";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\nA red block on white\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + TestServer.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (ifMatch != null) b.header("If-Match", ifMatch);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads an image and publishes it in English; returns its id. */
    public static String published(URI base, Http admin, String name, byte[] bytes) throws Exception {
        HttpResponse<String> created = upload(base, "POST", ".rest/authoring/v1/assets", null, name, bytes);
        if (created.statusCode() != 201) throw new AssertionError(created.statusCode() + " " + created.body());
        String id = Http.JSON.readTree(created.body()).path("id").asText();
        publish(admin, id);
        return id;
    }

    static void publish(Http admin, String id) {
        Http.Res r = admin.post("/.rest/authoring/v1/items/asset/" + id + "/publish", "{\"locales\": [\"en\"]}");
        if (r.status() != 200) throw new AssertionError(r.toString());
    }

    /** A GET with the bytes of the answer. */
    static HttpResponse<byte[]> get(URI base, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path));
        for (int i = 0; i + 1 < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
