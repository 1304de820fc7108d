package eu.innco.web.logging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.slf4j.event.Level;

/**
 * One event as one line: text ({@code 2026-12-06T10:00:00.123Z INFO Serve - message [request abc]})
 * or a JSON object. Line breaks in messages and stack traces are folded into the line, so that a
 * visitor's input cannot forge a line and a log shipper never splits an event; mail addresses are
 * replaced by {@code <address>} wherever they would appear.
 */
abstract class LogLine {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern ADDRESS = Pattern.compile("[\\w.%+-]+@[\\w-]+(\\.[\\w-]+)*\\.[A-Za-z]{2,}");

    static LogLine of(String format) {
        return "json".equalsIgnoreCase(format == null ? "" : format.trim()) ? new Json() : new Text();
    }

    abstract String line(Instant at, Level level, String logger, String message, Throwable thrown, String requestId);

    static String redacted(String s) {
        return s == null ? null : ADDRESS.matcher(s).replaceAll("<address>");
    }

    static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().stripTrailing();
    }

    /** The text line: short logger name, as the server has always shown it. */
    static final class Text extends LogLine {
        @Override
        String line(Instant at, Level level, String logger, String message, Throwable thrown, String requestId) {
            StringBuilder sb = new StringBuilder(TIME.format(at)).append(' ').append(level).append(' ')
                    .append(logger.substring(logger.lastIndexOf('.') + 1)).append(" - ").append(message);
            if (thrown != null) sb.append(" | ").append(trace(thrown));
            if (requestId != null) sb.append(" [request ").append(requestId).append(']');
            return redacted(sb.toString()).replaceAll("\\r?\\n\\t?", " | ");
        }
    }

    /** The JSON line: {@code time}, {@code level}, {@code logger}, {@code message}, then {@code requestId} and {@code exception} when there are. */
    static final class Json extends LogLine {
        private static final JsonStringEncoder JSON = JsonStringEncoder.getInstance();

        @Override
        String line(Instant at, Level level, String logger, String message, Throwable thrown, String requestId) {
            StringBuilder sb = new StringBuilder("{\"time\":\"").append(TIME.format(at)).append("\",\"level\":\"").append(level)
                    .append("\",\"logger\":\"").append(JSON.quoteAsString(logger)).append("\",\"message\":\"")
                    .append(JSON.quoteAsString(redacted(message))).append('"');
            if (requestId != null) sb.append(",\"requestId\":\"").append(JSON.quoteAsString(requestId)).append('"');
            if (thrown != null) sb.append(",\"exception\":\"").append(JSON.quoteAsString(redacted(trace(thrown)))).append('"');
            return sb.append('}').toString();
        }
    }
}
