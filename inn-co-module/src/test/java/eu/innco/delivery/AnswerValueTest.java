package eu.innco.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** An answer kept as a doc value reads back exactly, wherever Lucene's reused buffer holds it. */
class AnswerValueTest {
    @Test
    void an_answer_reads_back_from_inside_a_larger_buffer() {
        byte[] json = "{\"title\":\"Κουζίνα συνεργατική\"}".getBytes(StandardCharsets.UTF_8);
        BytesRef v = AnswerValue.encode(json, "\"abc\"", "el", "caseStudies|5aff98a5-657a-41df-af40-bf1357a2a789");
        // Lucene hands a value out as a slice of a buffer it reuses: put it in the middle of one
        byte[] buffer = new byte[v.length + 10];
        java.util.Arrays.fill(buffer, (byte) '#');
        System.arraycopy(v.bytes, v.offset, buffer, 7, v.length);
        AnswerValue a = AnswerValue.decode(new BytesRef(buffer, 7, v.length));
        assertArrayEquals(json, a.json());
        assertEquals("\"abc\"", a.etag());
        assertEquals("el", a.from());
        assertEquals("caseStudies|5aff98a5-657a-41df-af40-bf1357a2a789", a.item());
        buffer[7 + v.length - 1] = 'X'; // the JSON is a copy, not a view of the reused buffer
        assertEquals('}', a.json()[json.length - 1]);
    }

    @Test
    void empty_parts_and_an_empty_body_read_back_empty() {
        AnswerValue a = AnswerValue.decode(AnswerValue.encode(new byte[0], "", "", ""));
        assertEquals(0, a.json().length);
        assertEquals("", a.etag());
        assertEquals("", a.item());
    }

    @Test
    void a_head_longer_than_two_bytes_can_count_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> AnswerValue.encode(new byte[0], "x".repeat(70_000), "en", "i"));
    }
}
