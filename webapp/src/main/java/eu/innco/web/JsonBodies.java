package eu.innco.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.innco.ErrorCode;
import eu.innco.InncoException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads JSON request bodies with a size limit; malformed JSON is a 400 that says where. */
public final class JsonBodies {
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(5_000_000).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // {"title": "a", "title": "b"} would silently keep "b": the client meant one of them, so say so
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final long maxBytes;

    public JsonBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public JsonNode read(InputStream body) {
        try (InputStream in = new Limited(body, maxBytes)) {
            JsonNode n = MAPPER.readTree(in);
            if (n == null || n.isMissingNode()) {
                throw InncoException.badRequest(ErrorCode.REQUEST_002, "The request body is empty; send a JSON object.");
            }
            JsonTexts.requireXmlCharacters(n);
            return n;
        } catch (TooLarge e) {
            throw tooLarge();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof TooLarge) throw tooLarge();
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw InncoException.badRequest(ErrorCode.REQUEST_001, "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
        } catch (NumberFormatException e) {
            // Jackson refuses a number it cannot hold (an exponent of 20 digits) with this, not with a JsonProcessingException
            throw InncoException.badRequest(ErrorCode.REQUEST_001, "The body is not valid JSON: a number cannot be read (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw InncoException.badRequest(ErrorCode.REQUEST_003, "The request body could not be read: " + e.getMessage());
        }
    }

    public InncoException tooLarge() {
        return new InncoException(ErrorCode.REQUEST_413, "Payload too large",
                "JSON bodies may be at most " + maxBytes + " bytes (INNCO_MAX_BODY_BYTES).", List.of());
    }

    public long maxBytes() { return maxBytes; }

    private static final class TooLarge extends IOException {}

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > max) throw new TooLarge();
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > max) throw new TooLarge();
            return n;
        }
    }
}
