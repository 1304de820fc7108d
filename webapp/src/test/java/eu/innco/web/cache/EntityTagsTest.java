package eu.innco.web.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** If-None-Match as RFC 9110 reads it: weak comparison over a list of tags, or "*". */
class EntityTagsTest {
    static final String STRONG = "\"abc\"";

    @Test
    void the_same_tag_matches_whether_either_side_is_weak() {
        assertTrue(EntityTags.notModified("\"abc\"", STRONG));
        assertTrue(EntityTags.notModified("W/\"abc\"", STRONG));
        assertTrue(EntityTags.notModified("\"abc\"", "W/\"abc\""));
        assertTrue(EntityTags.notModified("W/\"abc\"", "W/\"abc\""));
    }

    @Test
    void any_tag_of_a_list_matches_with_or_without_spaces() {
        assertTrue(EntityTags.notModified("\"x\", W/\"abc\"", STRONG));
        assertTrue(EntityTags.notModified("\"x\",\"abc\"", STRONG));
        assertTrue(EntityTags.notModified(" \"x\" ,\t\"y\" , \"abc\" ", STRONG));
        assertFalse(EntityTags.notModified("\"x\", \"y\"", STRONG));
    }

    @Test
    void a_tag_holding_a_comma_is_one_tag() {
        assertTrue(EntityTags.notModified("\"a,b\"", "\"a,b\""));
        assertFalse(EntityTags.notModified("\"a,b\"", "\"a\""), "a comma inside quotes does not split the tag");
        assertFalse(EntityTags.notModified("\"a,b\"", "\"b\""));
    }

    @Test
    void a_star_alone_matches_any_tag_and_inside_a_list_matches_nothing() {
        assertTrue(EntityTags.notModified("*", STRONG));
        assertTrue(EntityTags.notModified(" * ", STRONG));
        assertFalse(EntityTags.notModified("\"x\", *", STRONG));
    }

    @Test
    void unquoted_partial_or_absent_tags_match_nothing() {
        assertFalse(EntityTags.notModified(null, STRONG));
        assertFalse(EntityTags.notModified("", STRONG));
        assertFalse(EntityTags.notModified("abc", STRONG), "an entity tag is quoted");
        assertFalse(EntityTags.notModified("\"abc", STRONG), "an unterminated tag");
        assertFalse(EntityTags.notModified("\"ab\"", STRONG), "a prefix is another tag");
        assertFalse(EntityTags.notModified("\"abcd\"", STRONG), "a longer tag is another tag");
        assertFalse(EntityTags.notModified("w/\"abc\"", STRONG), "the weakness prefix is case-sensitive");
        assertFalse(EntityTags.notModified("\"abc\"", null));
    }
}
